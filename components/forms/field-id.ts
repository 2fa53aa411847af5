import { formatPath, type PathSegment } from '@/lib/core/diagnostic';

/** DOM id of a field's control, stable per resource path (used by labels and by focusPath). */
export function fieldId(path: readonly PathSegment[]): string {
  return `field-${formatPath(path).replace(/[^\w-]/g, '_')}`;
}
