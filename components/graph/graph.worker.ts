/// <reference lib="webworker" />
/** Web Worker: derive + layout off the main thread, so large workspaces never freeze the page. */
import { computeGraph } from './compute-graph';
import type { GraphRequest } from './graph-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;

// NOTE: not `onmessage =`: elkjs's bundled build, loaded on the first `new ELK()` inside a worker, assigns
// `self.onmessage` to its own dispatcher, which would swallow every later request.
scope.addEventListener('message', async (ev: MessageEvent<GraphRequest>) => {
  latest = ev.data.id;
  // A newer request arriving while this one waited in the queue makes it moot.
  await Promise.resolve();
  if (ev.data.id !== latest) return;
  const res = await computeGraph(ev.data);
  if (res.id === latest) scope.postMessage(res);
});
