import { expect, test, type Locator, type Page } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

/**
 * Press Tab until `target` has the focus (keyboard only; fails after `max` presses). In the YAML editor Tab
 * indents, as in any code editor; Monaco's Ctrl+M ("Tab moves focus", announced by its accessibility help) lets
 * the keyboard leave it, as a screen-reader user would.
 */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    const inEditor = await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
    if (inEditor && !tabMovesFocus) {
      await page.keyboard.press('Control+M');
      tabMovesFocus = true;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

let tabMovesFocus = false;

test('keyboard only: create a ServiceEntry through the form, fix a validation error, export it', async ({ page }) => {
  test.setTimeout(120_000);
  // Start from an empty saved workspace: the new ServiceEntry is all there is to export.
  await page.addInitScript(() => {
    if (localStorage.getItem('entryway:workspace:current') === null) {
      localStorage.setItem('entryway:workspace:a', JSON.stringify({ v: 1, text: '', savedAt: 1 }));
      localStorage.setItem('entryway:workspace:current', 'a');
    }
  });
  const studio = new StudioPage(page);
  await page.goto('/');
  await expect(studio.editor.locator('.monaco-editor')).toBeVisible();
  await expect(studio.resources).toContainText('No Istio resources yet');
  await page.locator('body').focus();

  // New resource → ServiceEntry.
  await tabTo(page, studio.button('New resource'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: /^ServiceEntry/ })).toBeVisible();
  while (!(await page.getByRole('menuitem', { name: /^ServiceEntry/ }).evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const form = studio.form.getByRole('form', { name: 'ServiceEntry external-api' });
  await expect(form).toBeVisible();

  // Hosts: type the host into the first host field.
  const host = form.getByRole('textbox', { name: /^Host 1$/i });
  await tabTo(page, host);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('httpbin.org');
  await page.keyboard.press('Enter');
  await expect.poll(() => studio.editorText()).toContain('- httpbin.org');

  // Ports: a number out of range is an error, shown beside the field and in Problems.
  const number = form.getByRole('textbox', { name: 'Port 1 number' }).or(form.getByRole('spinbutton', { name: 'Port 1 number' }));
  await tabTo(page, number);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('99999');
  await page.keyboard.press('Enter');
  await expect(studio.problemRow(/65535/).first()).toBeVisible({ timeout: 20_000 });

  // Fix it from the keyboard.
  await number.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('80');
  await page.keyboard.press('Enter');
  await expect(studio.problemRow(/65535/)).toHaveCount(0, { timeout: 20_000 });
  await expect.poll(() => studio.editorText()).toMatch(/number: 80\b/);

  // Export → Download, by keyboard.
  await tabTo(page, studio.button('Export'));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  const download = page.waitForEvent('download');
  await tabTo(page, dialog.getByRole('button', { name: 'Download', exact: true }));
  await page.keyboard.press('Enter');
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain('httpbin.org');
  expect(text).toMatch(/number: 80\b/);
  studio.expectClean();
});
