import { expect, test, type Page } from '@playwright/test';
import { zlibSync } from 'fflate';
import { StudioPage } from './pages/studio-page';

/** Open the Share dialog and read the link. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('banner').getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const link = await dialog.getByLabel('Link to this workspace').inputValue();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return link;
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

test('a share link round-trips in a fresh browser context, without a server', async ({ page, browser }) => {
  const studio = new StudioPage(page);
  await studio.open('/?example=09-vm-to-kubernetes-migration');
  await studio.cursorAtEndOf('kind: ServiceEntry');
  await page.keyboard.type(' # shared — ünïcode');
  const text = await studio.editorText();
  const link = await shareLink(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#w=[A-Za-z0-9_-]+$/);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  const other = new StudioPage(fresh);
  const requests: string[] = [];
  fresh.on('request', (r) => requests.push(r.url()));
  await other.open(link);
  await expect.poll(() => other.editorText()).toBe(text);
  await expect(fresh.getByText('Opened the shared workspace')).toBeVisible();
  await expect(fresh).toHaveURL(/\/$/);
  // The workspace travels in the fragment only: no request carries it.
  expect(requests.every((u) => !u.includes('w='))).toBe(true);
  other.expectClean();
  await context.close();
});

test('opening a link asks before replacing a different saved workspace', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/?example=01-external-https');
  const shared = await studio.editorText();
  const link = await shareLink(page);
  // ?example= saves the opened example as the workspace.
  await studio.open('/?example=02-mongo-cluster-mtls');
  const mine = await studio.editorText();

  await page.goto(link);
  const confirm = page.getByRole('dialog', { name: 'Replace your workspace?' });
  await confirm.getByRole('button', { name: 'Keep mine' }).click();
  await expect(confirm).toBeHidden();
  expect(await studio.editorText()).toBe(mine);

  await page.goto(link);
  await confirm.getByRole('button', { name: 'Replace' }).click();
  await expect.poll(() => studio.editorText()).toBe(shared);
  studio.expectClean();
});

test('a damaged or hostile link shows a message and changes nothing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/?example=05-wildcard-hosts');
  const mine = await studio.editorText();
  const good = (await shareLink(page)).split('#w=')[1]!;
  const bomb = base64url(zlibSync(new Uint8Array(21 * 1024 * 1024), { level: 9 }));
  const cases: [string, RegExp][] = [
    ['not*base64!', /not valid base64url/],
    [good.slice(0, Math.floor(good.length / 2)), /damaged/],
    [`${good.slice(0, 20)}${good[20] === 'A' ? 'B' : 'A'}${good.slice(21)}`, /damaged/],
    [bomb, /more than 20 MB/],
    [base64url(zlibSync(new Uint8Array([0, 1, 2, 0xff]))), /not .*text|control characters/],
  ];
  for (const [token, message] of cases) {
    await page.goto(`/#w=${token}`);
    await studio.waitReady();
    const notice = page.getByRole('status').filter({ hasText: 'Share link not opened' });
    await expect(notice).toContainText(message);
    expect(await studio.editorText()).toBe(mine);
    await expect(page.getByRole('dialog', { name: 'Replace your workspace?' })).toBeHidden();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
  }
  studio.expectClean();
});

test('a workspace too large for a link says so', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/?example=01-external-https');
  // Incompressible text: ~120 KB of random comment lines.
  await page.evaluate(() => {
    const bytes = new Uint8Array(1500 * 80);
    // getRandomValues fills at most 64 KiB per call.
    for (let i = 0; i < bytes.length; i += 60_000) crypto.getRandomValues(bytes.subarray(i, i + 60_000));
    const lines = Array.from({ length: 1500 }, (_, i) => `# ${Array.from(bytes.subarray(i * 80, i * 80 + 80), (b) => (b % 36).toString(36)).join('')}`);
    (window as unknown as { __entrywayEditor: { setValue(v: string): void } }).__entrywayEditor.setValue(`${lines.join('\n')}\n`);
  });
  await page.getByRole('banner').getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Share link' }).getByRole('alert')).toContainText('limited to 64 KB');
});
