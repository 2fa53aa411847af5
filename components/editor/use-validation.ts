'use client';
import { useEffect } from 'react';
import type { WorkspaceStore } from '@/lib/workspace/store';
import { createAnalysisScheduler, type AnalyzeResponse } from '@/lib/workspace/worker-protocol';
import { watchWorker } from '@/lib/workspace/worker-watchdog';

/**
 * Run our validator in a Web Worker on every text version (debounced; stale results dropped by the store). A
 * worker stuck on a long analysis of an old version (a 20 MB paste, since replaced) is replaced.
 */
export function useValidation(store: WorkspaceStore, delayMs = 150): void {
  useEffect(() => {
    const spawn = () => {
      const w = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module', name: 'validation' });
      w.onmessage = (event: MessageEvent<AnalyzeResponse>) => {
        if (event.data?.type !== 'result') return;
        worker.answered(event.data.result.version);
        store.acceptAnalysis(event.data.result);
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
