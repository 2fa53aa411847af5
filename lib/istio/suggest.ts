/** "Did you mean …?" for a misspelt field name, among the field names the object accepts. */
import { distance } from 'fastest-levenshtein';

const camel = (s: string) => s.replace(/[_-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());

/** Whether `a` is `b` with two adjacent letters swapped (`sepc`/`spec`), a typo Levenshtein counts as 2. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The known key `key` was most likely meant as, or undefined when none is close. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  // snake_case or a different case of a real field (e.g. `prefix_rewrite`, `Hosts`) is a sure match
  const c = camel(key).toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === c);
  if (exact) return exact;
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = swapped(key.toLowerCase(), k.toLowerCase()) ? 1 : distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
