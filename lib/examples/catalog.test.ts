import { describe, expect, it } from 'vitest';
import { EXAMPLE_CATALOG } from './catalog';
import { listExamples } from './index';

describe('example catalogue for menus', () => {
  it('lists every seed example with its id, title and kinds, in order', () => {
    expect(EXAMPLE_CATALOG).toEqual(listExamples().map(({ id, title, kinds }) => ({ id, title, kinds })));
  });
});
