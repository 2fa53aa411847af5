'use client';
import { useEffect, type RefObject } from 'react';

const idOf = (path: string) => `field-${path.replace(/[^\w-]/g, '_')}`;

/** Reveal the deepest rendered element for `path`; returns whether it was the path itself. */
function reveal(root: HTMLElement, path: string): boolean {
  for (let p = path; ; ) {
    const target = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(idOf(p))}"]`);
    if (target) {
      for (let d = target.parentElement?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
      // Closed groups render no fields: opening one renders them, and the next attempt finds the field.
      if (target instanceof HTMLDetailsElement) target.open = true;
      target.scrollIntoView({ block: 'nearest' });
      const control = target.matches('input,select,textarea,button') ? target : target.querySelector<HTMLElement>('input,select,textarea');
      control?.focus({ preventScroll: true });
      return p === path;
    }
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return false;
    p = p.slice(0, cut);
  }
}

/**
 * Bring the field at `focusPath` (a diagnostic path such as `spec.ports[1].name`) into view: open the groups
 * around it, scroll to it and focus its control; falls back to the nearest ancestor rendered in the form.
 */
export function useFocusPath(root: RefObject<HTMLElement | null>, focusPath: string | undefined) {
  useEffect(() => {
    const el = root.current;
    if (!el || !focusPath) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      if (!reveal(el, focusPath) && ++tries < 4) timer = setTimeout(attempt, 30);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [root, focusPath]);
}
