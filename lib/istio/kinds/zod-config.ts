/**
 * zod's global configuration, applied before any schema is built (common.ts imports this first).
 *
 * NOTE: in a browser the Content-Security-Policy forbids eval, and zod's probe for it (`new Function('')`) is
 * reported as a `securitypolicyviolation` even though zod catches it. `jitless` skips the probe there; Node (the
 * CLI, tests) keeps zod's faster compiled object parser.
 */
import { z } from 'zod';

/** Whether this runs in a page or a Web Worker (where the CSP applies), not in Node. */
export const inBrowser = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function' || typeof (globalThis as { document?: unknown }).document !== 'undefined';

z.config({ jitless: inBrowser });
