'use client';
import { useEffect } from 'react';
import type { WorkspaceStore } from '@/lib/workspace/store';
import { createAnalysisScheduler, type AnalyzeResponse } from '@/lib/workspace/worker-protocol';

/** Run our validator in a Web Worker on every text version (debounced; stale results dropped by the store). */
export function useValidation(store: WorkspaceStore, delayMs = 150): void {
  useEffect(() => {
    const worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module', name: 'validation' });
    const scheduler = createAnalysisScheduler((req) => worker.postMessage(req), delayMs);
    worker.onmessage = (event: MessageEvent<AnalyzeResponse>) => {
      if (event.data?.type === 'result') store.acceptAnalysis(event.data.result);
    };
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
      worker.terminate();
    };
  }, [store, delayMs]);
}
