import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ExportDialog } from './pages/export-dialog';
import { StudioPage } from './pages/studio-page';

/** Serious and critical axe violations, as `rule-id: target` lines (readable in a failure). */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  // Monaco's text area is a third-party widget with its own (known) accessibility model.
  builder = builder.exclude('.monaco-editor .view-lines').exclude('.monaco-editor .margin');
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation with each panel open (${theme} theme)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((t) => localStorage.setItem('entryway:theme', t), theme);
    const studio = new StudioPage(page);
    await studio.open('/');
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');

    await test.step('studio with problems and graph', async () => {
      await expect(studio.region('Graph').getByRole('status')).toContainText(/nodes/);
      expect(await seriousViolations(page)).toEqual([]);
    });
    await test.step('form', async () => {
      await studio.resourceRow('egress/external-svc-httpbin').click();
      await expect(studio.form.getByRole('form')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
    await test.step('import dialog', async () => {
      await studio.button('Import').click();
      await expect(page.getByRole('dialog', { name: 'Import YAML' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    });
    await test.step('new-resource menu', async () => {
      await studio.button('New resource').click();
      await expect(page.getByRole('menu')).toBeVisible();
      // A modal menu hides the page from assistive technology (aria-hidden, focus kept in the menu): check the menu.
      expect(await seriousViolations(page, '[role="menu"]')).toEqual([]);
      await page.keyboard.press('Escape');
    });
    await test.step('export dialog', async () => {
      const dialog = new ExportDialog(page);
      await dialog.open();
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.close();
    });
    studio.expectClean();
  });
}
