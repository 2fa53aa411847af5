'use client';
import { useEffect } from 'react';
import type { WorkspaceStore } from '@/lib/workspace/store';
import { createResultDecoder, isAnalysisDelta } from '@/lib/workspace/result-delta';
import { createAnalysisScheduler } from '@/lib/workspace/analysis-scheduler';
import { watchWorker } from '@/lib/workspace/worker-watchdog';

/**
 * Run our validator in a Web Worker on every text version (debounced; stale results dropped by the store). A
 * worker stuck on a long analysis of an old version (a 20 MB paste, since replaced) is replaced.
 * The debounce is short: the worker collapses requests queued while it works, and an answer is a small delta,
 * so markers follow a keystroke in ~debounce + one incremental analysis (150 ms was most of the 150 ms budget).
 */
export function useValidation(store: WorkspaceStore, delayMs = 40): void {
  useEffect(() => {
    const spawn = () => {
      const w = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module', name: 'validation' });
      // Each worker answers with deltas from its own previous answer: one decoder per worker.
      const decode = createResultDecoder();
      w.onmessage = (event: MessageEvent<unknown>) => {
        if (!isAnalysisDelta(event.data)) return;
        worker.answered(event.data.version);
        const result = decode(event.data);
        if (result) store.acceptAnalysis(result);
        else {
          // NOTE: cannot happen while messages arrive in order; if it does, start over from a full answer
          const s = store.getState();
          worker.post({ type: 'analyze', text: s.text, version: s.version, full: true });
        }
      };
      return w;
    };
    const worker = watchWorker(spawn);
    const scheduler = createAnalysisScheduler((req) => worker.post(req), delayMs);
    let version = -1;
    const onChange = () => {
      const s = store.getState();
      if (s.version === version) return;
      version = s.version;
      scheduler.schedule(s.text, s.version);
    };
    const unsubscribe = store.subscribe(onChange);
    onChange();
    scheduler.flush();
    return () => {
      unsubscribe();
      scheduler.dispose();
      worker.dispose();
    };
  }, [store, delayMs]);
}
