import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

test('reload restores the workspace', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.type(' # edited before reload');
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  const text = await studio.editorText();
  await page.reload();
  await studio.waitReady();
  expect(await studio.editorText()).toBe(text);
  studio.expectClean();
});

test('?example= opens that example, and a reload then keeps edits', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/?example=01-external-https');
  await expect(studio.resources).toContainText('external-svc-https');
  await expect(page).toHaveURL(/\/$/);
  await studio.cursorAtEndOf('kind: ServiceEntry');
  await page.keyboard.type(' # mine');
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  await studio.waitReady();
  expect(await studio.editorText()).toContain('kind: ServiceEntry # mine');
  studio.expectClean();
});

test('full storage shows a warning while editing continues', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('entryway:workspace')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.cursorAtEndOf('resolution: DNS');
  await page.keyboard.type(' # not saved');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('Not saved: browser storage is full');
  await page.keyboard.type('!');
  expect(await studio.editorText()).toContain('resolution: DNS # not saved!');
  studio.expectClean();
});
