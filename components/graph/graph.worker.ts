/// <reference lib="webworker" />
/** Web Worker: derive + layout off the main thread, so large workspaces never freeze the page. */
import type { GraphRequest } from './graph-protocol';
import { createGraphSession } from './graph-session';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = createGraphSession();
let latest = 0;
let running = false;

/** Answer the newest request; requests that arrive meanwhile are answered once, after it. */
async function run() {
  running = true;
  let answered = -1;
  while (answered !== latest) {
    answered = latest;
    scope.postMessage(await session.answer(answered));
  }
  running = false;
}

// NOTE: not `onmessage =`: elkjs's bundled build, loaded on the first `new ELK()` inside a worker, assigns
// `self.onmessage` to its own dispatcher, which would swallow every later request.
scope.addEventListener('message', (ev: MessageEvent<GraphRequest>) => {
  if (typeof ev.data?.id !== 'number' || !ev.data.resources) return;
  // every request is a delta on the previous one: apply it at once, even if its answer will be skipped
  session.receive(ev.data);
  latest = ev.data.id;
  if (!running) void run();
});
