import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

test('typing an invalid resolution shows a marker in the editor and a problem', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await expect(studio.editor.locator('.squiggly-error')).toHaveCount(0);
  await studio.cursorAtEndOf('resolution: DNS');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('BOGUS');
  await expect(studio.problemRow(/value "BOGUS" is not one of NONE, STATIC, DNS/)).toBeVisible();
  await expect(studio.problemRow('"BOGUS"')).toContainText('16:');
  await expect(studio.editor.locator('.squiggly-error').first()).toBeVisible();
  await expect(studio.resourceRow('egress/external-svc-httpbin')).toContainText('1');
  studio.expectClean();
});

test('F8 goes to the next problem', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.type('X');
  await expect(studio.problemRow('"DNSX"')).toBeVisible();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await expect.poll(() => studio.cursorLine()).toBe(16);
  await expect(studio.editor.locator('.marker-widget')).toContainText('DNSX');
  studio.expectClean();
});

test('a YAML syntax error makes the form read-only and loses nothing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const before = await studio.editorText();
  await studio.resourceRow('egress/external-svc-httpbin').click();
  const form = studio.form.getByRole('form', { name: 'ServiceEntry external-svc-httpbin' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox').first()).toBeEnabled();
  await studio.cursorAtEndOf('name: external-svc-httpbin');
  await page.keyboard.type(': oops');
  await expect(studio.form.getByRole('status')).toContainText(/read-only/i);
  // The last good model stays on screen, read-only: the list keeps the resources, the form its fields.
  await expect(studio.resources).toContainText('egress/gateway-routing');
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox').first()).toBeDisabled();
  await expect(studio.problems).toContainText('YAML001');
  expect(await studio.editorText()).toBe(before.replace('name: external-svc-httpbin', 'name: external-svc-httpbin: oops'));
  for (let i = 0; i < ': oops'.length; i++) await page.keyboard.press('Backspace');
  await expect(studio.form.getByRole('status')).toHaveCount(0);
  await expect(form.getByRole('textbox').first()).toBeEnabled();
  expect(await studio.editorText()).toBe(before);
  studio.expectClean();
});

test('undo and redo: a typing burst is one step, from the buttons and the keyboard', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const before = await studio.editorText();
  await expect(studio.button('Undo')).toBeDisabled();
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.type('_ROUND_ROBIN');
  const typed = await studio.editorText();
  expect(typed).toContain('resolution: DNS_ROUND_ROBIN');
  await studio.button('Undo').click();
  await expect.poll(() => studio.editorText()).toBe(before);
  await expect(studio.button('Redo')).toBeEnabled();
  await studio.button('Redo').click();
  await expect.poll(() => studio.editorText()).toBe(typed);
  // Ctrl+Z in the editor goes to the same history.
  await studio.cursorAtEndOf('resolution: DNS_ROUND_ROBIN');
  await page.keyboard.press('Control+z');
  await expect.poll(() => studio.editorText()).toBe(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => studio.editorText()).toBe(typed);
  studio.expectClean();
});

test('one history for form and YAML edits', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const before = await studio.editorText();
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.type(' # typed');
  const typed = await studio.editorText();
  await studio.resourceRow('egress/external-svc-httpbin').click();
  await studio.form.getByRole('combobox', { name: /^resolution/i }).selectOption('STATIC');
  await expect.poll(() => studio.editorText()).toContain('resolution: STATIC # typed');
  await studio.button('Undo').click();
  await expect.poll(() => studio.editorText()).toBe(typed);
  await studio.button('Undo').click();
  await expect.poll(() => studio.editorText()).toBe(before);
  await studio.button('Redo').click();
  await studio.button('Redo').click();
  await expect.poll(() => studio.editorText()).toContain('resolution: STATIC # typed');
  // Ctrl+Z from the form's select (not a text field) undoes the workspace too.
  await studio.form.getByRole('combobox', { name: /^resolution/i }).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => studio.editorText()).toBe(typed);
  studio.expectClean();
});

test('Format document re-prints the YAML, keeps comments, and is one undo step', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.type(' # keep me');
  await page.keyboard.press('Shift+Alt+f');
  await expect.poll(() => studio.editorText()).toContain('  hosts:\n    - httpbin.com');
  const formatted = await studio.editorText();
  expect(formatted).toContain('resolution: DNS # keep me');
  expect(formatted).toContain('  namespace: egress\n');
  await studio.button('Undo').click();
  await expect.poll(() => studio.editorText()).toContain('namespace : egress');
  expect(await studio.editorText()).toContain('resolution: DNS # keep me');
  studio.expectClean();
});

test('hover and completion come from the Istio schema (monaco-yaml, bundled locally)', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+i');
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Service resolution mode for the hosts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('DNS_ROUND_ROBIN');
  await page.keyboard.press('Escape');
  studio.expectClean();
});
