/** Label maps of subsets and matches, reported node by node. */
import { validateLabels } from '../common';
import type { TrafficCode } from './catalog';
import type { Path, RuleContext } from './context';
import { isObj } from './values';

/** Report every invalid key (at the key) and value (at the value) of a label map. */
export function checkLabels(ctx: RuleContext, code: TrafficCode, labels: unknown, path: Path): void {
  if (!isObj(labels)) return;
  for (const issue of validateLabels(labels)) ctx.report(code, [...path, issue.key], issue.message, issue.target);
}
