/**
 * Chrome DevTools Protocol helpers for bench/browser.ts: the heap of every JS thread of the tab (the page and
 * its workers: validation, graph layout, Monaco's), and a CPU profile of the main thread with its top functions.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';

interface WorkerSession {
  sessionId: string;
  title: string;
}

/** Sends CDP commands to the tab's workers (auto-attached, non-flat sessions so Playwright's session can route them). */
export async function workerSessions(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const sessions = new Map<string, WorkerSession>();
  const pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  let id = 0;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') sessions.set(e.sessionId, { sessionId: e.sessionId, title: e.targetInfo.title || e.targetInfo.url });
  });
  cdp.on('Target.detachedFromTarget', (e) => sessions.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (m.id !== undefined) pending.get(m.id)?.(m);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const send = <T>(sessionId: string, method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const n = ++id;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 30_000);
      pending.set(n, (m) => {
        clearTimeout(timer);
        pending.delete(n);
        if (m.error) reject(new Error(m.error.message));
        else resolve(m.result as T);
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method, params }) });
    });
  return { cdp, sessions, send };
}

/** Used JS heap (MB, after a GC) of the page and of each of its workers, and their total. */
export async function tabHeapMb(page: Page): Promise<{ main: number; workers: Record<string, number>; total: number }> {
  const { cdp, sessions, send } = await workerSessions(page);
  await new Promise((r) => setTimeout(r, 500));
  await cdp.send('HeapProfiler.collectGarbage');
  const main = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  const workers: Record<string, number> = {};
  for (const s of sessions.values()) {
    try {
      await send(s.sessionId, 'HeapProfiler.collectGarbage');
      const { usedSize } = await send<{ usedSize: number }>(s.sessionId, 'Runtime.getHeapUsage');
      let name = s.title.replace(/^.*\//, '').replace(/\?.*$/, '') || 'worker';
      while (name in workers) name += "'";
      workers[name] = usedSize / 2 ** 20;
    } catch {
      // a worker that went away between attach and query (e.g. replaced by the watchdog)
    }
  }
  await cdp.detach();
  const mb = (x: number) => Math.round(x * 10) / 10;
  const total = main + Object.values(workers).reduce((a, b) => a + b, 0);
  return { main: mb(main), workers: Object.fromEntries(Object.entries(workers).map(([k, v]) => [k, mb(v)])), total: mb(total) };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Start sampling the page's main thread. */
export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

/** Stop, write the .cpuprofile (open it in DevTools) and return the top functions by self and inclusive time (ms). */
export async function stopProfile(cdp: CDPSession, file: string, top = 25) {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(file, JSON.stringify(profile));
  await cdp.detach();
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const key = keyOf(byNode.get(id)!);
    self.set(key, (self.get(key) ?? 0) + ms);
    // inclusive: each function once per sample, however deep it recurses
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(byNode.get(n)!));
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + ms);
  });
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => `${Math.round(ms)} ms  ${fn}`);
  return { self: rank(self), inclusive: rank(total) };
}
