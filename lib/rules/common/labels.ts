/** Label maps (rules doc §1.5, Istio `labels.Instance.Validate`). */
import { byteLength, goQuote } from './quote';

const label = '[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?';
const qualifiedName = '(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const tagKey = new RegExp(`^(${label}(?:\\.${label})*/)?(${qualifiedName})$`);
const labelValue = new RegExp(`^(?:${qualifiedName})?$`);

export interface LabelIssue {
  key: string;
  /** Which part of the entry is wrong: the key (`target: 'key'`) or its value. */
  target: 'key' | 'value';
  message: string;
}

/** Istio's `validateTagKey`: optional DNS prefix (≤ 253) + `/` + name (≤ 63). */
export function validateLabelKey(k: string): string | null {
  const m = tagKey.exec(k);
  if (!m) return `invalid tag key: ${goQuote(k)}`;
  if (m[1] && byteLength(m[1]) - 1 > 253) return `invalid tag key: ${goQuote(k)} (DNS prefix is too long)`;
  if (byteLength(m[2]!) > 63) return `invalid tag key: ${goQuote(k)} (name is too long)`;
  return null;
}

/** Istio's label value check: empty or a qualified name (no length limit in Go). */
export function validateLabelValue(v: string): string | null {
  return labelValue.test(v) ? null : `invalid tag value: ${goQuote(v)}`;
}

/** Every issue of a label map; values that are not strings are skipped (the structure pass reports them). */
export function validateLabels(labels: Record<string, unknown>): LabelIssue[] {
  const out: LabelIssue[] = [];
  for (const [key, value] of Object.entries(labels)) {
    const keyError = validateLabelKey(key);
    if (keyError) out.push({ key, target: 'key', message: keyError });
    const valueError = typeof value === 'string' ? validateLabelValue(value) : null;
    if (valueError) out.push({ key, target: 'value', message: valueError });
  }
  return out;
}
