/** Simulated typing: deterministic edits inside scalar values of a workspace, as one keystroke each. */

/** mulberry32: the same PRNG as the mesh generator, so runs are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Offsets just after `key: value` scalars (the end of a line with `: `): where a user typing a value is. */
export function valueEnds(text: string): number[] {
  const out: number[] = [];
  const re = /: [^\n{}[\]"'#]+(?=\n)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + m[0].length);
  return out;
}

/**
 * An endless typing session: each call returns the next text. Keystrokes come in pairs at one random value
 * end: type a character, then Backspace, so the text stays close to the original (kinds of edit a user makes).
 */
export function typingSession(text: string, seed = 7): () => string {
  const ends = valueEnds(text);
  const rnd = prng(seed);
  let current = text;
  let pending: number | undefined;
  return () => {
    if (pending === undefined) {
      pending = ends[Math.floor(rnd() * ends.length)]!;
      current = `${current.slice(0, pending)}x${current.slice(pending)}`;
    } else {
      current = current.slice(0, pending) + current.slice(pending + 1);
      pending = undefined;
    }
    return current;
  };
}
