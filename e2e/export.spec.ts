import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parseAllDocuments } from 'yaml';
import { API_VERSIONS } from '../lib/core/resource';
import { exampleText, listExamples } from '../lib/examples';
import { ExportDialog } from './pages/export-dialog';
import { StudioPage } from './pages/studio-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const seed of listExamples()) {
  test(`exports ${seed.id} to every API version as published`, async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open(`/?example=${seed.id}`);
    const dialog = new ExportDialog(page);
    await dialog.open();
    // The seed opens in v1beta1, so that is the default target.
    await expect(dialog.root.getByRole('radio', { name: 'v1beta1' })).toBeChecked();
    for (const v of API_VERSIONS) {
      await dialog.choose(v);
      await dialog.expectPreview(exampleText(seed, v));
    }
    studio.expectClean();
  });
}

test('Copy puts the export on the clipboard', async ({ page }) => {
  const studio = new StudioPage(page);
  const seed = listExamples().find((s) => s.id === '09-vm-to-kubernetes-migration')!;
  await studio.open(`/?example=${seed.id}`);
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.choose('v1alpha3');
  await dialog.expectPreview(exampleText(seed, 'v1alpha3'));
  await dialog.button('Copy').click();
  await expect(dialog.root.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(exampleText(seed, 'v1alpha3'));
  studio.expectClean();
});

test('Download writes entryway-<version>.yaml with the export', async ({ page }) => {
  const studio = new StudioPage(page);
  const seed = listExamples()[1]!;
  await studio.open(`/?example=${seed.id}`);
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.choose('v1');
  await dialog.expectPreview(exampleText(seed, 'v1'));
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.button('Download').click()]);
  expect(download.suggestedFilename()).toBe('entryway-v1.yaml');
  expect(await readFile((await download.path())!, 'utf8')).toBe(exampleText(seed, 'v1'));
  studio.expectClean();
});

test('a zip holds one file per resource, in the namespace set for all', async ({ page }) => {
  const studio = new StudioPage(page);
  const seed = listExamples().find((s) => s.id === '09-vm-to-kubernetes-migration')!;
  await studio.open(`/?example=${seed.id}`);
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.choose('v1');
  await dialog.choose('Zip, one file per resource');
  await dialog.root.getByLabel('Namespace for all').fill('egress');
  await expect.poll(() => dialog.previewText()).toContain('namespace: egress');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.button('Download').click()]);
  expect(download.suggestedFilename()).toBe('entryway-v1.zip');
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const docs = parseAllDocuments(exampleText(seed, 'v1')).map((d) => d.toJS() as { kind: string; metadata: Record<string, unknown> });
  expect(Object.keys(files).sort()).toEqual(docs.map((d) => `egress/${d.kind.toLowerCase()}-${String(d.metadata.name).toLowerCase()}.yaml`).sort());
  for (const d of docs) {
    const text = strFromU8(files[`egress/${d.kind.toLowerCase()}-${String(d.metadata.name).toLowerCase()}.yaml`]!);
    expect(parseAllDocuments(text).map((x) => x.toJS())).toEqual([{ ...d, metadata: { ...d.metadata, namespace: 'egress' } }]);
  }
  studio.expectClean();
});

test('a Kubernetes List, and a scope of selected resources', async ({ page }) => {
  const studio = new StudioPage(page);
  const seed = listExamples().find((s) => s.id === '04-egress-gateway-httpbin')!;
  await studio.open(`/?example=${seed.id}`);
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.choose('Kubernetes List');
  await expect.poll(() => dialog.previewText()).toMatch(/^apiVersion: v1\nkind: List\nitems:\n/);
  const list = parseAllDocuments(await dialog.previewText())[0]!.toJS() as { items: unknown[] };
  expect(list.items).toEqual(parseAllDocuments(seed.texts.v1beta1).map((d) => d.toJS()));

  await dialog.choose('Multi-document YAML');
  await dialog.choose('Selected resources');
  const boxes = dialog.root.getByRole('list', { name: 'Resources to export' }).getByRole('checkbox');
  const count = await boxes.count();
  for (let i = 1; i < count; i++) await boxes.nth(i).uncheck();
  await expect.poll(async () => parseAllDocuments(await dialog.previewText()).length).toBe(1);
  expect(await dialog.previewText()).toBe(`${seed.texts.v1beta1.split(/^---$/m)[0]!.trimEnd()}\n`);
  studio.expectClean();
});

test('errors block the export until "Export anyway"', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/?example=01-external-https');
  await studio.importYaml('apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: broken\nspec:\n  hosts: []\n');
  const dialog = new ExportDialog(page);
  await dialog.open();
  const problems = dialog.root.getByRole('alert', { name: 'Export problems' });
  await expect(problems).toContainText('error');
  await expect(dialog.button('Download')).toBeDisabled();
  await expect(dialog.button('Copy')).toBeDisabled();
  await problems.getByRole('checkbox', { name: 'Export anyway' }).check();
  await expect(dialog.button('Download')).toBeEnabled();
  // Scoping the export to the valid resource lifts the block.
  await problems.getByRole('checkbox', { name: 'Export anyway' }).uncheck();
  await dialog.choose('Selected resources');
  await dialog.root.getByRole('checkbox', { name: /ServiceEntry broken/ }).uncheck();
  await expect(problems).toBeHidden();
  await expect(dialog.button('Download')).toBeEnabled();
});

test('the seed with known problems is blocked, and exports anyway on request', async ({ page }) => {
  const studio = new StudioPage(page);
  const seed = listExamples().find((s) => s.id === '04-egress-gateway-httpbin')!;
  await studio.open(`/?example=${seed.id}`);
  const dialog = new ExportDialog(page);
  await dialog.open();
  await expect(dialog.root.getByRole('alert', { name: 'Export problems' })).toContainText('XR005');
  await expect(dialog.button('Download')).toBeDisabled();
  await dialog.root.getByRole('checkbox', { name: 'Export anyway' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.button('Download').click()]);
  expect(await readFile((await download.path())!, 'utf8')).toBe(exampleText(seed, 'v1beta1'));
  studio.expectClean();
});

test('versions side by side, and the changes since the example was opened', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/?example=01-external-https');
  await studio.cursorAtEndOf('kind: ServiceEntry');
  await page.keyboard.type(' # edited');
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.root.getByRole('tab', { name: 'Compare versions' }).click();
  const compare = dialog.root.getByRole('region', { name: 'Compare v1alpha3 and v1beta1' });
  await expect(compare.locator('.monaco-diff-editor')).toBeVisible();
  await expect(compare.locator('.editor.original')).toContainText('networking.istio.io/v1alpha3');
  await expect(compare.locator('.editor.modified')).toContainText('networking.istio.io/v1beta1');
  await dialog.root.getByRole('tab', { name: 'Changes' }).click();
  const changes = dialog.root.getByRole('region', { name: 'Changes' });
  await expect(changes.locator('.editor.modified')).toContainText('# edited');
  await expect(changes.locator('.editor.original')).not.toContainText('# edited');
  studio.expectClean();
});
