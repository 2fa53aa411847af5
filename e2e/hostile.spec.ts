import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

type EditorHook = { __entrywayEditor?: { setValue(v: string): void; getValue(): string } };

/** Replace the editor's text as a paste would (through Monaco's model, so the store sees an editor change). */
async function pasteAll(page: Page, text: string) {
  await page.evaluate((t) => (window as unknown as EditorHook).__entrywayEditor!.setValue(t), text);
}

/** Round trip to the page's main thread: stays fast while the worker validates. */
async function mainThreadLatency(page: Page): Promise<number> {
  const t0 = Date.now();
  await page.evaluate(() => 1);
  return Date.now() - t0;
}

/**
 * The page answers again within seconds of a hostile paste (Monaco itself takes a moment to lay out a huge text),
 * long before a frozen main thread would: validation runs in the worker.
 */
async function expectResponsive(page: Page, label: string) {
  await expect.poll(() => mainThreadLatency(page), { message: `${label}: main thread`, timeout: 15_000, intervals: [250] }).toBeLessThan(300);
}

/** Put `text` into a textarea as one paste (Playwright's fill() types huge strings slowly through the IME path). */
async function pasteInto(page: Page, label: string, text: string) {
  await page.getByLabel(label).evaluate((el, t) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, t);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

const se = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: web\nspec:\n  hosts: [api.example.com]\n  ports: [{number: 443, name: https, protocol: TLS}]\n  resolution: DNS\n';
const laughs = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)].join('\n');

const cases: [string, string, string, string][] = [
  ['syntax error', 'kind: ServiceEntry\nspec: {hosts: [a\n', 'YAML001', '3:1'],
  ['alias bomb', laughs, 'YAML004', '1:1'],
  ['200,000 nested flow sequences', '['.repeat(200_000), 'YAML007', '1:'],
  ['200,000 compact block sequences', `${'- '.repeat(200_000)}a`, 'YAML007', '1:'],
  ['binary bytes', se.replace('web', 'w\u0000e\u0007b'), 'YAML008', '4:'],
  ['a scalar document', 'just text\n', 'YAML005', '1:1'],
  ['duplicate keys', `${se}kind: Gateway\n`, 'YAML002', '9:1'],
  ['__proto__ keys', `${se.replace('name: web', 'name: web\n  __proto__: {polluted: yes}')}constructor:\n  prototype: {polluted: yes}\n`, 'STR004', '5:3'],
  ['an unknown kind', 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n', 'YAML006', '1:1'],
  ['port: 1e400', se.replace('number: 443', 'number: 1e400'), 'STR001', '7:'],
  ['port: 99999999999999999999999', se.replace('number: 443', 'number: 99999999999999999999999'), 'SE032', '7:'],
];

test('hostile text in the editor: a located problem each, the page stays responsive, nothing is polluted', async ({ page }) => {
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  await studio.open('/');
  for (const [name, text, code, at] of cases) {
    await test.step(name, async () => {
      await pasteAll(page, text);
      await expectResponsive(page, name);
      const row = studio.problemRow(code).first();
      await expect(row, name).toBeVisible({ timeout: 20_000 });
      await expect(row).toContainText(at);
      expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
      expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    });
  }
  studio.expectClean();
});

test('after a hostile paste, Undo brings the workspace back unchanged', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const before = await studio.editorText();
  await pasteAll(page, '['.repeat(200_000));
  await expect(studio.problemRow('YAML007').first()).toBeVisible({ timeout: 20_000 });
  await studio.button('Undo').click();
  await expect.poll(() => studio.editorText()).toBe(before);
  await studio.waitReady();
  studio.expectClean();
});

test('a 20 MB paste: validation runs off the main thread, typing still works', async ({ page }) => {
  test.setTimeout(300_000);
  const studio = new StudioPage(page);
  await studio.open('/');
  const big = Array.from({ length: Math.ceil((20 * 1024 * 1024) / se.length) }, (_, i) => se.replace('name: web', `name: web-${i}`)).join('---\n');
  await pasteAll(page, big);
  // While the worker checks 20 MB, the page answers (and a new text still gets checked).
  await expectResponsive(page, '20 MB');
  await page.evaluate(() => (window as unknown as EditorHook).__entrywayEditor!.setValue('kind: ServiceEntry\nspec: {hosts: [a\n'));
  await expect(studio.problemRow('YAML001').first()).toBeVisible({ timeout: 120_000 });
  studio.expectClean();
});

test('import: binary files and oversized pastes are refused with a reason; the workspace is untouched', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const before = await studio.editorText();
  await studio.button('Import').click();
  const dialog = page.getByRole('dialog', { name: 'Import YAML' });
  await dialog.locator('input[type=file]').setInputFiles({ name: 'image.yaml', mimeType: 'application/yaml', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]) });
  await expect(dialog.getByLabel('YAML to import')).toHaveValue('# image.yaml was not imported: not UTF-8 text (binary data)');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await pasteInto(page, 'YAML to import', se.repeat(Math.ceil((3 * 1024 * 1024) / se.length)));
  await expect(dialog).toContainText(/import takes up to 2 MB at a time/, { timeout: 20_000 });
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.keyboard.press('Escape');
  expect(await studio.editorText()).toBe(before);
  studio.expectClean();
});

test('share links: a damaged or hostile link changes nothing and says why', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const before = await studio.editorText();
  for (const token of ['not*base64', 'AAAAAAAAAAAA', 'A'.repeat(70_000)]) {
    await page.evaluate((t) => (window.location.hash = `w=${t}`), token);
    await expect(page.getByText(/The link (is|does)/).first()).toBeVisible();
    expect(await studio.editorText()).toBe(before);
  }
  studio.expectClean();
});

test('two tabs on one workspace: the second writer is told, and chooses; nothing is overwritten silently', async ({ context }) => {
  const a = new StudioPage(await context.newPage());
  await a.open('/');
  const b = new StudioPage(await context.newPage());
  await b.open('/');
  await a.cursorAtEndOf('resolution: DNS');
  await a.page.keyboard.type(' # from A');
  await expect(a.page.getByText('Saved in this browser')).toBeVisible();
  // B learns of A's save through the storage event, before typing anything.
  const conflict = b.page.getByRole('alert').filter({ hasText: 'Another tab saved this workspace' });
  await expect(conflict).toBeVisible();
  await b.cursorAtEndOf('resolution: DNS');
  await b.page.keyboard.type(' # from B');
  // A's copy is still the saved one.
  // (the current slot's text: its first part; a small workspace is one part)
  expect(await b.page.evaluate(() => localStorage.getItem(`entryway:workspace:${localStorage.getItem('entryway:workspace:current')}:0`))).toContain('# from A');
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(b.page.getByText('Saved in this browser')).toBeVisible();
  // Now A is the one told; it takes B's text.
  const inA = a.page.getByRole('alert').filter({ hasText: 'Another tab saved this workspace' });
  await expect(inA).toBeVisible();
  await inA.getByRole('button', { name: 'Load theirs' }).click();
  await expect.poll(() => a.editorText()).toContain('resolution: DNS # from B');
  a.expectClean();
  b.expectClean();
});
