import { expect, test, type Page } from '@playwright/test';
import { ExportDialog } from './pages/export-dialog';
import { StudioPage } from './pages/studio-page';

type Win = { __xss?: unknown; __csp?: string[]; __entrywayEditor?: { setValue(v: string): void } };

const img = '<img src=x onerror=window.__xss=1>';
const script = '<script>window.__xss=1</script>';
const js = 'javascript:window.__xss=1';
const md = `[click me](${js})`;

/** Payloads in every kind of field: names, hosts, labels, annotations, comments, enum values, port names, subsets. */
const hostile = `# ${script} ${md}
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: "${img}"
  namespace: egress
  labels: {"${script}": "${img}"}
  annotations: {note: "${md}", link: "${js}"}
spec:
  hosts: ["${img}", "${md}", httpbin.org]
  ports: [{number: 80, name: "${script}", protocol: "${img}"}]
  resolution: "${script}" # ${img}
  location: "${md}"
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: "${md}", namespace: egress}
spec:
  host: "${img}"
  subsets: [{name: "${script}", labels: {v: "${js}"}}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: vs, namespace: egress}
spec:
  hosts: [httpbin.org]
  gateways: ["${img}"]
  http: [{route: [{destination: {host: "${md}", subset: "${script}"}}]}]
`;

async function watchForExecution(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as Win;
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as Win).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // Rendered as HTML, the payload would be an <img src=x> or an inline <script> in the DOM.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length)).toBe(0);
  expect(await page.evaluate(() => [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href')!.toLowerCase().startsWith('javascript:')).length)).toBe(0);
}

test('the server sends a strict Content-Security-Policy and the studio works under it', async ({ page }) => {
  await watchForExecution(page);
  const studio = new StudioPage(page);
  const res = await page.goto('/');
  const csp = res!.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(res!.headers()['x-content-type-options']).toBe('nosniff');
  await studio.waitReady();
  // Every panel: form, problems, graph, import, new resource, export.
  await studio.resourceRow('egress/external-svc-httpbin').click();
  await expect(studio.form.getByRole('form')).toBeVisible();
  await studio.problems.getByRole('button').first().click();
  await expect(studio.region('Graph').getByRole('status')).toContainText(/nodes/);
  await studio.button('Import').click();
  await page.keyboard.press('Escape');
  await studio.button('New resource').click();
  await page.keyboard.press('Escape');
  const exportDialog = new ExportDialog(page);
  await exportDialog.open();
  await exportDialog.close();
  expect(await page.evaluate(() => (window as unknown as Win).__csp ?? [])).toEqual([]);
  studio.expectClean();
});

test('script and markup in every field never execute: editor, form, problems, graph, export preview, hover', async ({ page }) => {
  const dialogs = await watchForExecution(page);
  const studio = new StudioPage(page);
  await studio.open('/');
  await page.evaluate((t) => (window as unknown as Win).__entrywayEditor!.setValue(t), hostile);
  await expect(studio.problems.getByRole('button').filter({ hasText: /STR|SE|DR|VS|XR/ }).first()).toBeVisible({ timeout: 20_000 });
  // Problems show the payloads as text.
  await expect(studio.problems).toContainText('<');
  // Each resource in the form.
  for (const row of await studio.resources.getByRole('button').all()) {
    await row.click();
    await expect(studio.form.getByRole('form')).toBeVisible();
    await expectNothingRan(page, dialogs);
  }
  await expect(studio.form.locator('input').first()).toBeVisible();
  // Graph labels.
  await expect(studio.region('Graph').getByRole('status')).toContainText(/nodes/);
  // Hover over a payload in the editor (Monaco's hover renders markdown).
  await studio.editor.locator('.view-line', { hasText: 'resolution' }).first().hover();
  await page.waitForTimeout(1500);
  await expectNothingRan(page, dialogs);
  // Export preview.
  const exportDialog = new ExportDialog(page);
  await exportDialog.open();
  await expect.poll(() => exportDialog.previewText()).toContain('onerror');
  await expectNothingRan(page, dialogs);
  await exportDialog.close();
  expect(await page.evaluate(() => (window as unknown as Win).__csp ?? [])).toEqual([]);
  studio.expectClean();
});

test('no request leaves the origin while every panel is used', async ({ page }) => {
  const offsite: string[] = [];
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname !== '127.0.0.1' && u.protocol !== 'data:' && u.protocol !== 'blob:') {
      offsite.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  const studio = new StudioPage(page);
  await studio.open('/?example=04-egress-gateway-httpbin');
  await studio.resourceRow('egress/external-svc-httpbin').click();
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.type(' # typed');
  await page.keyboard.press('Control+Space');
  await page.keyboard.press('Escape');
  await studio.button('Import').click();
  await page.keyboard.press('Escape');
  const exportDialog = new ExportDialog(page);
  await exportDialog.open();
  await exportDialog.close();
  await page.reload();
  await studio.waitReady();
  expect(offsite).toEqual([]);
  studio.expectClean();
});
