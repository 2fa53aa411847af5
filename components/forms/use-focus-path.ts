'use client';
import { useEffect, type RefObject } from 'react';

/**
 * Bring the field at `focusPath` (a diagnostic path such as `spec.ports[1].name`) into view: open the groups
 * around it, scroll to it and focus its control. Falls back to the nearest ancestor rendered in the form.
 */
export function useFocusPath(root: RefObject<HTMLElement | null>, focusPath: string | undefined) {
  useEffect(() => {
    const el = root.current;
    if (!el || !focusPath) return;
    let p = focusPath;
    for (;;) {
      const target = el.querySelector<HTMLElement>(`[data-path="field-${CSS.escape(p.replace(/[^\w-]/g, '_'))}"]`);
      if (target) {
        for (let d = target.parentElement?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
        if (target instanceof HTMLDetailsElement) target.open = true;
        target.scrollIntoView({ block: 'nearest' });
        const control = target.matches('input,select,textarea,button') ? target : target.querySelector<HTMLElement>('input,select,textarea');
        control?.focus({ preventScroll: true });
        return;
      }
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return;
      p = p.slice(0, cut);
    }
  }, [root, focusPath]);
}
