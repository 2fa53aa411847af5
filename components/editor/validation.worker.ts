/// <reference lib="webworker" />
// Our validator (lib/validate via lib/workspace) off the main thread: typing never waits for analysis.
// It is incremental: each version re-checks only the documents the edit touched (lib/workspace/incremental),
// and answers with what changed since its previous answer (lib/workspace/result-delta).
import { createStudioAnalyzer } from '../../lib/workspace/incremental-studio';
import { createResultEncoder } from '../../lib/workspace/result-delta';
import { createWorkerHandler } from '../../lib/workspace/worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const encode = createResultEncoder();
const handle = createWorkerHandler((response) => scope.postMessage(encode(response.result)), undefined, createStudioAnalyzer());
scope.onmessage = (event: MessageEvent<unknown>) => {
  if ((event.data as { full?: unknown } | null)?.full === true) encode.reset();
  handle(event.data);
};
