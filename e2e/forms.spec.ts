import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

const SE = 'egress/external-svc-httpbin';

/** Open the default workspace (example 04) and show the ServiceEntry's form. */
async function openServiceEntryForm(page: Page) {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.resourceRow(SE).click();
  const form = studio.form.getByRole('form', { name: 'ServiceEntry external-svc-httpbin' });
  await expect(form).toBeVisible();
  return { studio, form };
}

test('changing Resolution in the form changes only that line, and a comment above it survives', async ({ page }) => {
  const { studio, form } = await openServiceEntryForm(page);
  await studio.cursorAtEndOf('location: MESH_EXTERNAL');
  await page.keyboard.press('Enter');
  // insertText, as a paste would: a typed space can be taken by page-level shortcuts (the graph's pan key).
  await page.keyboard.insertText('# resolved by the sidecar');
  await expect.poll(() => studio.editorText()).toContain('  # resolved by the sidecar\n  ports:');
  const before = await studio.editorText();

  await form.getByLabel('Resolution', { exact: true }).selectOption('STATIC');
  await expect.poll(() => studio.editorText()).toBe(before.replace('  resolution: DNS\n', '  resolution: STATIC\n'));
  // The hint follows the new mode.
  await expect(form.getByText('STATIC needs IP endpoints')).toBeVisible();
  await form.getByLabel('Resolution', { exact: true }).selectOption('DNS');
  await expect.poll(() => studio.editorText()).toBe(before);
  studio.expectClean();
});

test('adding a host and a port in the form shows them in the YAML', async ({ page }) => {
  const { studio, form } = await openServiceEntryForm(page);
  const before = await studio.editorText();
  await form.getByRole('button', { name: 'Add host' }).click();
  const host = form.getByLabel('Host 2', { exact: true });
  await host.fill('httpbin.org');
  await host.press('Enter');
  await expect.poll(() => studio.editorText()).toBe(before.replace('  - httpbin.com\n', '  - httpbin.com\n  - httpbin.org\n'));

  await form.getByRole('button', { name: 'Add port' }).click();
  await expect.poll(() => studio.editorText()).toContain('    protocol: HTTP\n  - number: 443\n    name: https\n    protocol: HTTPS\n  resolution: DNS');
  await expect(form.getByLabel('Port 2 number', { exact: true })).toHaveValue('443');
  await form.getByLabel('Port 2 number', { exact: true }).fill('8443');
  await form.getByLabel('Port 2 number', { exact: true }).press('Tab');
  await expect.poll(() => studio.editorText()).toContain('  - number: 8443\n    name: https');
  studio.expectClean();
});

test('removing the only exportTo entry deletes the key; undo brings it back', async ({ page }) => {
  const { studio, form } = await openServiceEntryForm(page);
  const before = await studio.editorText();
  await form.getByRole('button', { name: 'Remove Export to 1' }).click();
  await expect.poll(() => studio.editorText()).toBe(before.replace('  exportTo:\n  - "."\n', ''));
  await studio.button('Undo').click();
  await expect.poll(() => studio.editorText()).toBe(before);
  studio.expectClean();
});

test('a problem shows on its field', async ({ page }) => {
  const { studio, form } = await openServiceEntryForm(page);
  await form.getByRole('button', { name: 'Add host' }).click();
  const host = form.getByLabel('Host 2', { exact: true });
  await host.fill('*');
  await host.press('Enter');
  await expect(form.getByTestId('field-diagnostics').filter({ hasText: '*' }).first()).toBeVisible();
  studio.expectClean();
});

test('while the YAML has a syntax error the form is read-only and says so', async ({ page }) => {
  const { studio, form } = await openServiceEntryForm(page);
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.insertText(': oops'); // a nested mapping on one line: a syntax error
  await expect(form.getByRole('status')).toContainText('this is the last good state');
  await expect(form.getByLabel('Resolution', { exact: true })).toBeDisabled();
  await expect(form.getByRole('button', { name: 'Add host' })).toBeDisabled();
});

test('every kind of the example has a form', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  for (const [row, name] of [
    ['istio-system/istio-egressgateway', 'Gateway istio-egressgateway'],
    ['egress/gateway-routing', 'VirtualService gateway-routing'],
  ] as const) {
    await studio.resourceRow(row).click();
    await expect(studio.form.getByRole('form', { name })).toBeVisible();
  }
  // The VirtualService's own gateways, and each match's.
  await expect(studio.form.getByRole('group', { name: 'Gateways', exact: true })).toHaveCount(3);
  studio.expectClean();
});
