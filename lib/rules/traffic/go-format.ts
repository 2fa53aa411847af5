/** Go `fmt` float verbs as Istio's messages use them (`%q` is `goQuote` in ../common). */

/** Go's `%f` of a float64 (six decimals). */
export function goFixed(n: number): string {
  return n.toFixed(6);
}

/** Go's `%v` of a float64: shortest digits, exponent form when the exponent is < -4 or >= 6 (strconv 'g'). */
export function goFloat(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp >= -4 && exp < 6) return String(n);
  const [mant, e] = n.toExponential().split('e') as [string, string];
  const sign = e.startsWith('-') ? '-' : '+';
  return `${mant}e${sign}${e.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** Go's `%v` of a []string: `[a b c]`. */
export function goList(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}
