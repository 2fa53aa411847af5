/**
 * Agreement with Istio's own validation tests (fixtures/conformance/istio-validation.json), shared by the
 * conformance test and `scripts/conformance-report.ts`.
 *
 * A case agrees when every checked aspect matches:
 * - verdict: Entryway reports an error iff the cluster rejects the manifest, i.e. `!valid || !crdValid`
 *   (the API server's CRD schema/CEL check runs before the webhook; Entryway checks both);
 * - warning: when the Istio test asserts it, Entryway reports a warning iff `warning`;
 * - message / warningMessage: some diagnostic (a warning, for warningMessage) contains the asserted text.
 */
import { summarize, type Diagnostic } from '../core/diagnostic';

export interface ConformanceCase {
  id: string;
  kind: string;
  source: string;
  yaml: string;
  valid: boolean;
  warning: boolean;
  message: string;
  warningMessage?: string;
  asserts: string[];
  crdValid: boolean;
  crdMessage?: string;
  note?: string;
}

export interface CaseResult {
  id: string;
  kind: string;
  verdictOk: boolean;
  /** undefined when the Istio test does not assert the warning flag. */
  warningOk?: boolean;
  /** undefined when no message is asserted. */
  messageOk?: boolean;
  /** The warning flag over every case, asserted or derived from Istio's source (informational). */
  warningAllOk: boolean;
  agrees: boolean;
  /** What disagreed, in words; empty when the case agrees. */
  problems: string[];
  diagnostics: Diagnostic[];
}

/** Compare Entryway's diagnostics for one case with Istio's verdict. */
export function evaluateCase(c: ConformanceCase, diagnostics: Diagnostic[]): CaseResult {
  const { errors, warnings } = summarize(diagnostics);
  const expectInvalid = !c.valid || !c.crdValid;
  const problems: string[] = [];
  const verdictOk = errors > 0 === expectInvalid;
  if (!verdictOk) problems.push(expectInvalid ? `accepted, but Istio rejects it${c.valid ? ' (CRD schema)' : ''}` : 'rejected, but Istio accepts it');
  let warningOk: boolean | undefined;
  if (c.asserts.includes('warning')) {
    warningOk = warnings > 0 === c.warning;
    if (!warningOk) problems.push(c.warning ? 'no warning, but Istio warns' : 'warns, but Istio does not');
  }
  let messageOk: boolean | undefined;
  if (c.message || c.warningMessage) {
    const has = (text: string, ds: Diagnostic[]) => ds.some((d) => d.message.includes(text));
    messageOk = (!c.message || has(c.message, diagnostics)) && (!c.warningMessage || has(c.warningMessage, diagnostics.filter((d) => d.severity === 'warning')));
    if (!messageOk) problems.push(`message not found: ${JSON.stringify(c.message || c.warningMessage)}`);
  }
  const warningAllOk = warnings > 0 === c.warning;
  return { id: c.id, kind: c.kind, verdictOk, warningOk, messageOk, warningAllOk, agrees: problems.length === 0, problems, diagnostics };
}

export interface KindTally {
  kind: string;
  cases: number;
  agree: number;
  verdict: number;
  warningAsserted: number;
  warning: number;
  warningAll: number;
  messageAsserted: number;
  message: number;
}

/** Per-kind tallies plus a `total` row, in a stable order. */
export function tally(results: readonly CaseResult[]): KindTally[] {
  const rows = new Map<string, KindTally>();
  const row = (kind: string) => {
    let r = rows.get(kind);
    if (!r) rows.set(kind, (r = { kind, cases: 0, agree: 0, verdict: 0, warningAsserted: 0, warning: 0, warningAll: 0, messageAsserted: 0, message: 0 }));
    return r;
  };
  for (const res of results) {
    for (const r of [row(res.kind), row('total')]) {
      r.cases++;
      if (res.agrees) r.agree++;
      if (res.verdictOk) r.verdict++;
      if (res.warningOk !== undefined) r.warningAsserted++;
      if (res.warningOk) r.warning++;
      if (res.warningAllOk) r.warningAll++;
      if (res.messageOk !== undefined) r.messageAsserted++;
      if (res.messageOk) r.message++;
    }
  }
  const order = ['ServiceEntry', 'WorkloadEntry', 'DestinationRule', 'VirtualService', 'Gateway', 'total'];
  return [...rows.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

/** A Markdown table of the tallies. */
export function formatTally(rows: readonly KindTally[]): string {
  const lines = ['| kind | cases | agree | verdict | warning (asserted) | warning (all cases) | message (asserted) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of rows) {
    lines.push(
      `| ${r.kind} | ${r.cases} | ${r.agree} (${pct(r.agree, r.cases)}) | ${r.verdict}/${r.cases} | ${r.warning}/${r.warningAsserted} | ${r.warningAll}/${r.cases} | ${r.message}/${r.messageAsserted} |`,
    );
  }
  return lines.join('\n');
}
