import { expect, type Locator, type Page } from '@playwright/test';

type PreviewHook = { __entrywayExportPreview?: { getValue(): string } };

/** Page object of the export dialog (components/export). */
export class ExportDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export' });
  }

  async open() {
    await this.page.getByRole('banner').getByRole('button', { name: 'Export', exact: true }).click();
    await expect(this.root).toBeVisible();
    await expect(this.root.getByRole('region', { name: 'Export preview' }).locator('.monaco-editor .view-lines')).toBeVisible();
  }

  async choose(name: string) {
    await this.root.getByRole('radio', { name, exact: true }).check();
  }

  /** The preview's whole text (through the preview's test hook: the DOM holds only the visible lines). */
  previewText(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as PreviewHook).__entrywayExportPreview?.getValue() ?? '');
  }

  async expectPreview(text: string) {
    await expect.poll(() => this.previewText(), { timeout: 15_000 }).toBe(text);
  }

  button(name: 'Copy' | 'Download'): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  async close() {
    await this.page.keyboard.press('Escape');
    await expect(this.root).toBeHidden();
  }
}
