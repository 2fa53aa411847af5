import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

test('the default workspace opens on the egress-gateway example with its resources listed', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await expect(page.getByRole('heading', { name: 'Entryway', level: 1 })).toBeVisible();
  for (const name of ['Resources', 'YAML editor', 'Form', 'Problems', 'Graph'] as const) await expect(studio.region(name)).toBeVisible();
  for (const name of ['New resource', 'Import', 'Export', 'Undo', 'Redo'] as const) await expect(studio.button(name)).toBeVisible();
  await expect(studio.resources.getByRole('group', { name: 'ServiceEntry' })).toContainText('egress/external-svc-httpbin');
  await expect(studio.resources.getByRole('group', { name: 'Gateway' })).toContainText('istio-system/istio-egressgateway');
  await expect(studio.resources.getByRole('group', { name: 'VirtualService' })).toContainText('egress/gateway-routing');
  await expect(studio.editor.locator('.view-line', { hasText: 'kind: ServiceEntry' })).toBeVisible();
  await expect(studio.region('Graph').locator('.react-flow__node').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  studio.expectClean();
});

test('clicking a resource reveals its document and shows it in the form region', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.resourceRow('egress/gateway-routing').click();
  await expect.poll(() => studio.cursorLine()).toBe(34);
  await expect(studio.resourceRow('egress/gateway-routing')).toHaveAttribute('aria-current', 'true');
  await expect(studio.form.getByRole('form', { name: 'VirtualService gateway-routing' })).toBeVisible();
  studio.expectClean();
});

test('the form follows the document the cursor is in', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.cursorAtEndOf('name: istio-egressgateway');
  await expect(studio.form.getByRole('form', { name: 'Gateway istio-egressgateway' })).toBeVisible();
  await expect(studio.resourceRow('istio-system/istio-egressgateway')).toHaveAttribute('aria-current', 'true');
  await studio.cursorAtEndOf('resolution: DNS');
  await expect(studio.form.getByRole('form', { name: 'ServiceEntry external-svc-httpbin' })).toBeVisible();
  studio.expectClean();
});

test('clicking a problem reveals its line and selects its resource', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('BOGUS');
  const row = studio.problemRow('"BOGUS"');
  await expect(row).toBeVisible();
  await expect(row).toContainText('ServiceEntry egress/external-svc-httpbin');
  await studio.resourceRow('egress/gateway-routing').click();
  await expect.poll(() => studio.cursorLine()).toBe(34);
  await row.click();
  await expect.poll(() => studio.cursorLine()).toBe(16);
  await expect(studio.resourceRow('egress/external-svc-httpbin')).toHaveAttribute('aria-current', 'true');
  studio.expectClean();
});

test('the severity filter hides and shows problems, with counts', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.type('X');
  await expect(studio.problemRow('"DNSX"')).toBeVisible();
  const errors = studio.problems.getByRole('button', { name: /^Error Errors \d+$/ });
  await expect(errors).toHaveAttribute('aria-pressed', 'true');
  await errors.click();
  await expect(errors).toHaveAttribute('aria-pressed', 'false');
  await expect(studio.problemRow('"DNSX"')).toHaveCount(0);
  await errors.click();
  await expect(studio.problemRow('"DNSX"')).toBeVisible();
  studio.expectClean();
});

test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(studio.editor.locator('.monaco-editor.vs-dark')).toBeVisible();
  await page.reload();
  await studio.waitReady();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(studio.editor.locator('.monaco-editor.vs-dark')).toBeVisible();
  studio.expectClean();
});

test('works at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const studio = new StudioPage(page);
  await studio.open('/');
  for (const name of ['Resources', 'YAML editor', 'Form', 'Problems', 'Graph'] as const) {
    const box = await studio.region(name).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.width, name).toBeGreaterThan(120);
    expect(box!.height, name).toBeGreaterThan(60);
    expect(box!.x + box!.width, name).toBeLessThanOrEqual(1281);
    expect(box!.y + box!.height, name).toBeLessThanOrEqual(721);
  }
  studio.expectClean();
});

test('New resource appends a blank resource, selects it, and undo removes it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const before = await studio.editorText();
  await studio.button('New resource').click();
  await page.getByRole('menuitem', { name: /^ServiceEntry/ }).click();
  const row = studio.resourceRow('default/external-api');
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(studio.form.getByRole('form', { name: 'ServiceEntry external-api' })).toBeVisible();
  expect((await studio.editorText()).startsWith(before.trimEnd())).toBe(true);
  await studio.button('Undo').click();
  await expect(row).toHaveCount(0);
  expect(await studio.editorText()).toBe(before);
  studio.expectClean();
});
