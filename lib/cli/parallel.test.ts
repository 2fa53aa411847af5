import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../validate';
import { analyzeParallel } from './parallel';

const root = join(__dirname, '../..');

function fixtureTexts(): string {
  const texts: string[] = [];
  for (const dir of ['fixtures/examples', 'fixtures/realworld']) {
    const files = (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => /\.ya?ml$/.test(f)).sort();
    for (const f of files) texts.push(readFileSync(join(root, dir, f), 'utf8').replace(/\n*$/, '\n'));
  }
  return texts.map((t) => `---\n${t}`).join('');
}

async function expectSame(text: string, clean = false) {
  const sequential = analyzeText(text);
  const parallel = await analyzeParallel(text);
  expect(parallel.diagnostics.length > 0).toBe(!clean);
  expect(parallel.diagnostics).toEqual(sequential.diagnostics);
  expect(parallel.resources).toEqual(sequential.workspace.resources);
}

describe('analyzeParallel', () => {
  it('gives analyzeText’s diagnostics and resources on a generated mesh of 100 services', async () => {
    const mesh = execFileSync(process.execPath, [join(root, 'bench/corpus/generate.mjs'), '100'], { encoding: 'utf8' });
    await expectSame(mesh);
  }, 120_000);

  it('gives analyzeText’s result on every example and real-world fixture as one workspace', async () => {
    await expectSame(fixtureTexts());
  }, 120_000);

  it('handles texts it cannot split (one document, CRLF line breaks, syntax errors)', async () => {
    await expectSame('kind: ServiceEntry\napiVersion: networking.istio.io/v1\nmetadata: {name: a}\nspec: {hosts: [a.b], ports: [{number: 80, name: http, protocol: HTTP}], resolution: DNS}\n', true);
    await expectSame('kind: ServiceEntry\r\nmetadata: {name: a}\r\n---\r\nkind: [\r\n---\r\nkind: Gateway\r\nspec: 3\r\n');
  }, 120_000);
});
