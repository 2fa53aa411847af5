/** Form edits as data, applied to the canonical text through the `yaml` Document API. (Filled in by the forms work.) */
import type { PathSegment } from '../core/diagnostic';

/**
 * One edit of one document. `path` is relative to the document root (include a List item's basePath).
 * - set: create or replace the value at path (creating parent maps/seqs as needed)
 * - delete: remove the key or sequence item at path
 * - insert: insert `value` into the sequence at path at `index` (append when index is omitted)
 * - move: move sequence item `from` to `to` within the sequence at path
 */
export type FormEdit =
  | { op: 'set'; document: number; path: PathSegment[]; value: unknown }
  | { op: 'delete'; document: number; path: PathSegment[] }
  | { op: 'insert'; document: number; path: PathSegment[]; value: unknown; index?: number }
  | { op: 'move'; document: number; path: PathSegment[]; from: number; to: number };
