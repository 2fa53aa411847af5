#!/usr/bin/env node
// Check a static export end to end: serve out/ (or $STATIC_OUT_DIR) with `python3 -m http.server` on a free port,
// open it in Debian's Chromium (never a downloaded browser) and require the editor, validation, a seed example,
// the export preview and a share link to work with no console error and no request leaving the machine.
// Run after `npm run build:static`:  node scripts/check-static.mjs
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const outDir = process.env.STATIC_OUT_DIR || 'out';
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** A port nobody listens on right now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}

function check(cond, message) {
  if (!cond) throw new Error(message);
  console.log(`ok - ${message}`);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', outDir], { stdio: 'ignore' });
let browser;
try {
  await waitForServer(`${base}/`);
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  const offsite = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) offsite.push(r.url());
  });

  await page.goto(`${base}/?example=01-external-https`);
  const editor = page.getByRole('region', { name: 'YAML editor', exact: true });
  await editor.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
  await editor.getByText(/checked in \d+ ms/).waitFor({ timeout: 60_000 });
  const text = await page.evaluate(() => window.__entrywayEditor?.getValue() ?? '');
  check(text.includes('kind: ServiceEntry'), 'the editor loads and shows the example given by ?example= (read in the browser)');

  await page.getByRole('banner').getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'v1alpha3' }).check();
  await dialog.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (window.__entrywayExportPreview?.getValue() ?? '').includes('networking.istio.io/v1alpha3'), null, { timeout: 30_000 });
  check(true, 'the export preview (local Monaco) shows the v1alpha3 export');
  await page.keyboard.press('Escape');

  await page.getByRole('banner').getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('dialog', { name: 'Share link' }).getByLabel('Link to this workspace').inputValue();
  check(link.startsWith(`${base}/?`) || link.startsWith(`${base}/#w=`), 'a share link is made on the static origin');
  const fresh = await browser.newPage();
  await fresh.goto(link);
  await fresh.getByRole('region', { name: 'YAML editor', exact: true }).locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
  await fresh.waitForFunction((t) => window.__entrywayEditor?.getValue() === t, text, { timeout: 30_000 });
  check(true, 'the share link opens the same workspace in another page');

  await page.waitForLoadState('networkidle');
  check(errors.length === 0, `no console error${errors.length ? `: ${errors.join(' | ')}` : ''}`);
  check(offsite.length === 0, `no request leaves 127.0.0.1${offsite.length ? `: ${offsite.join(' ')}` : ''}`);
  console.log(`static export in ${outDir}/ works from a plain static server (${base})`);
} catch (e) {
  console.error(`not ok - ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  server.kill();
}
