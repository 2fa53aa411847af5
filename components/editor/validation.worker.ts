/// <reference lib="webworker" />
// Our validator (lib/validate via lib/workspace) off the main thread: typing never waits for analysis.
// It is incremental: each version re-checks only the documents the edit touched (lib/workspace/incremental).
import { createStudioAnalyzer } from '../../lib/workspace/incremental-studio';
import { createWorkerHandler } from '../../lib/workspace/worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler((response) => scope.postMessage(response), undefined, createStudioAnalyzer());
scope.onmessage = (event: MessageEvent<unknown>) => handle(event.data);
