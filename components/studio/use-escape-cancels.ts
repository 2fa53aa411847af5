'use client';
import { useEffect } from 'react';

/**
 * While a lazily loaded dialog or menu has been asked for but its code is still loading (`pending`), Escape
 * cancels the request: it must not open after the user has already dismissed it.
 */
export function useEscapeCancels(pending: boolean, cancel: () => void): void {
  useEffect(() => {
    if (!pending) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancel();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [pending, cancel]);
}
