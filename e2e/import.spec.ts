import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

const examplesDir = 'fixtures/examples';
const examples = readdirSync(examplesDir).sort();

test('every seed example imports through the Import dialog', async ({ page }) => {
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  await studio.open('/');
  for (const id of examples) {
    for (const version of ['v1alpha3', 'v1beta1']) {
      const text = readFileSync(`${examplesDir}/${id}/${version}.yaml`, 'utf8');
      const names = [...text.matchAll(/^kind: (\w+)\nmetadata:\n\s+name: ([\w.-]+)/gm)].map((m) => m[2]!);
      const kinds = [...text.matchAll(/^kind: (\w+)/gm)].length;
      await studio.button('Import').click();
      const dialog = page.getByRole('dialog', { name: 'Import YAML' });
      await dialog.getByLabel('YAML to import').fill(text);
      await expect(dialog.getByRole('list', { name: 'Resources to import' }).getByRole('listitem')).toHaveCount(kinds);
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog).toBeHidden();
      const notice = page.getByRole('status').filter({ hasText: 'Imported' });
      await expect(notice, `${id} ${version}`).toContainText(`Imported ${kinds} resource`);
      for (const name of names) await expect(studio.resources, `${id} ${version}: ${name}`).toContainText(name);
    }
  }
  studio.expectClean();
});

test('import reports what it skipped and keeps the current workspace', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const before = await studio.editorText();
  const input = [
    'apiVersion: v1\nkind: List\nitems:\n- apiVersion: networking.istio.io/v1\n  kind: DestinationRule\n  metadata: {name: from-list, namespace: egress}\n  spec: {host: httpbin.com}\n- apiVersion: v1\n  kind: Service\n  metadata: {name: web}',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api',
    'hosts: [unclosed',
  ].join('\n---\n');
  await studio.button('Import').click();
  const dialog = page.getByRole('dialog', { name: 'Import YAML' });
  await dialog.getByLabel('YAML to import').fill(input);
  const skip = dialog.getByRole('list', { name: 'Documents to skip' });
  await expect(skip).toContainText('Service web');
  await expect(skip).toContainText('Deployment api');
  await expect(skip).toContainText(/YAML error at line \d+/);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Skipped documents' })).toContainText('Deployment api');
  await expect(studio.resources.getByRole('group', { name: 'DestinationRule' })).toContainText('egress/from-list');
  const after = await studio.editorText();
  expect(after.startsWith(before.trimEnd())).toBe(true);
  expect(after).toContain('name: from-list');
  expect(after).not.toContain('kind: Deployment');
  // One undo step removes the whole import.
  await studio.button('Undo').click();
  await expect.poll(() => studio.editorText()).toBe(before);
  studio.expectClean();
});

test('files can be uploaded in the dialog or dropped onto the page', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const gateway = 'apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: uploaded-gw\n  namespace: istio-system\nspec:\n  selector: {istio: egressgateway}\n';
  await studio.button('Import').click();
  const dialog = page.getByRole('dialog', { name: 'Import YAML' });
  await dialog.locator('input[type=file]').setInputFiles({ name: 'gw.yaml', mimeType: 'text/yaml', buffer: Buffer.from(gateway) });
  await expect(dialog.getByLabel('YAML to import')).toHaveValue(gateway.trimEnd());
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(studio.resources).toContainText('istio-system/uploaded-gw');

  const dropped = gateway.replace('uploaded-gw', 'dropped-gw');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.yaml', { type: 'text/yaml' }));
    document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, dropped);
  await expect(dialog.getByLabel('YAML to import')).toHaveValue(dropped.trimEnd());
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(studio.resources).toContainText('istio-system/dropped-gw');
  studio.expectClean();
});
