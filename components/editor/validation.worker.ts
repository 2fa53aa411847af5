/// <reference lib="webworker" />
// Our validator (lib/validate via lib/workspace) off the main thread: typing never waits for analysis.
import { createWorkerHandler } from '../../lib/workspace/worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler((response) => scope.postMessage(response));
scope.onmessage = (event: MessageEvent<unknown>) => handle(event.data);
