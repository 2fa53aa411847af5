import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

const KINDS = ['ServiceEntry', 'WorkloadEntry', 'DestinationRule', 'VirtualService', 'Gateway'] as const;

/** Open the studio and empty the workspace through the editor. */
async function emptyStudio(page: import('@playwright/test').Page) {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.editor.locator('.view-line').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect.poll(() => studio.editorText()).toBe('');
  return studio;
}

test('New resource inserts a valid resource of each kind', async ({ page }) => {
  const studio = await emptyStudio(page);
  for (const kind of KINDS) {
    await studio.button('New resource').click();
    await page.getByRole('menuitem', { name: new RegExp(`^${kind}`) }).click();
    await expect.poll(() => studio.editorText()).toContain(`kind: ${kind}\n`);
  }
  await expect.poll(() => studio.problems.innerText()).toContain('No problems in the workspace.');
  studio.expectClean();
});

test('a second blank of a kind gets its own name and host, and both validate clean', async ({ page }) => {
  const studio = await emptyStudio(page);
  for (const name of ['external-api', 'external-api-2']) {
    await studio.button('New resource').click();
    await page.getByRole('menuitem', { name: /^ServiceEntry/ }).click();
    await expect.poll(() => studio.editorText()).toContain(`name: ${name}\n`);
    // The next blank reads the names of the analysed workspace: wait until the resource list shows this one.
    await expect(studio.resources).toContainText(name);
  }
  expect(await studio.editorText()).toContain('- api-2.example.com');
  await expect.poll(() => studio.problems.innerText()).toContain('No problems in the workspace.');
  studio.expectClean();
});

test('a seed example can be inserted as a template', async ({ page }) => {
  const studio = await emptyStudio(page);
  await studio.button('New resource').click();
  await page.getByRole('menuitem', { name: 'From an example' }).click();
  await page.getByRole('menuitem').filter({ hasText: 'ServiceEntry, DestinationRule' }).first().click();
  await expect.poll(() => studio.editorText()).toContain('kind: ServiceEntry');
  studio.expectClean();
});

test('the egress wizard writes a set that validates clean', async ({ page }) => {
  const studio = await emptyStudio(page);
  await studio.button('New resource').click();
  await page.getByRole('menuitem', { name: 'Egress wizard…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Egress wizard' });
  await dialog.getByLabel('Host', { exact: true }).fill('edition.cnn.com');
  await dialog.getByLabel('Protocol').selectOption('HTTP');
  await dialog.getByLabel('TLS mode').selectOption('origination');
  await dialog.getByLabel('Through the egress gateway').check();
  await dialog.getByLabel('Namespace').fill('egress');
  await expect(dialog.getByLabel('Preview')).toContainText('kind: VirtualService');
  await dialog.getByRole('button', { name: /^Insert 5 resources/ }).click();
  await expect(dialog).toBeHidden();
  const text = await studio.editorText();
  for (const kind of ['ServiceEntry', 'Gateway', 'DestinationRule', 'VirtualService']) expect(text).toContain(`kind: ${kind}\n`);
  // Polling the panel's text: a failure shows the problems found.
  await expect.poll(() => studio.problems.innerText()).toContain('No problems in the workspace.');
  studio.expectClean();
});

test('the wizard refuses a wildcard host and explains why', async ({ page }) => {
  const studio = await emptyStudio(page);
  await studio.button('New resource').click();
  await page.getByRole('menuitem', { name: 'Egress wizard…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Egress wizard' });
  await dialog.getByLabel('Host', { exact: true }).fill('*.example.com');
  await expect(dialog.getByRole('alert')).toContainText('fully qualified');
  await expect(dialog.getByRole('button', { name: /^Insert/ })).toBeDisabled();
  studio.expectClean();
});
