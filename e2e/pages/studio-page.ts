import { expect, type Locator, type Page } from '@playwright/test';

/** The editor's test hook (components/editor/yaml-editor.tsx). */
type EditorHook = { __entrywayEditor?: { getValue(): string; getPosition(): { lineNumber: number } | null } };

/** Page object of the studio: regions by accessible name, Monaco typing through the keyboard. */
export class StudioPage {
  readonly errors: string[] = [];
  readonly offsite: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text());
    });
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) this.offsite.push(r.url());
    });
  }

  region(name: 'Resources' | 'YAML editor' | 'Form' | 'Problems' | 'Graph'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  get resources() {
    return this.region('Resources');
  }
  get editor() {
    return this.region('YAML editor');
  }
  get problems() {
    return this.region('Problems');
  }
  get form() {
    return this.region('Form');
  }

  button(name: 'New resource' | 'Import' | 'Export' | 'Undo' | 'Redo'): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  /** Open a URL and wait until Monaco shows text and the first analysis is in. */
  async open(path = '/') {
    await this.page.goto(path);
    await this.waitReady();
  }

  async waitReady() {
    await expect(this.editor.locator('.monaco-editor .view-lines')).toBeVisible();
    await expect(this.editor.getByText(/checked in \d+ ms/)).toBeVisible();
  }

  resourceRow(label: string): Locator {
    return this.resources.getByRole('button', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\b`) });
  }

  /** Put the cursor at the end of the first editor line containing `text`. */
  async cursorAtEndOf(text: string) {
    await this.editor.locator('.view-line', { hasText: text }).first().click();
    await this.page.keyboard.press('End');
  }

  /** The model's text (read through the editor's test hook: reading the DOM would miss virtualized lines). */
  async editorText(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as EditorHook).__entrywayEditor?.getValue() ?? '');
  }

  problemRow(text: string | RegExp): Locator {
    return this.problems.getByRole('button').filter({ hasText: text });
  }

  /** Line number of the editor's cursor. */
  async cursorLine(): Promise<number | undefined> {
    return this.page.evaluate(() => (window as unknown as EditorHook).__entrywayEditor?.getPosition()?.lineNumber);
  }

  async importYaml(text: string) {
    await this.button('Import').click();
    const dialog = this.page.getByRole('dialog', { name: 'Import YAML' });
    await dialog.getByLabel('YAML to import').fill(text);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** No console error and no request off localhost so far. */
  expectClean() {
    expect(this.errors).toEqual([]);
    expect(this.offsite).toEqual([]);
  }
}
