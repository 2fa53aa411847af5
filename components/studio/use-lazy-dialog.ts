'use client';
import { useCallback, useState } from 'react';
import { useEscapeCancels } from './use-escape-cancels';

/**
 * A header button whose dialog's code loads lazily: loading starts when the pointer or focus reaches the button,
 * a click opens the dialog as soon as the code is there (Escape meanwhile cancels), and once used the dialog stays
 * mounted so it keeps its state, its closing animation and focus return.
 */
export function useLazyDialog(load: () => Promise<unknown>) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEscapeCancels(open && !loaded, useCallback(() => setOpen(false), []));
  const trigger = {
    onPointerEnter: () => void load(),
    onFocus: () => void load(),
    onClick: () => {
      setUsed(true);
      setOpen(true);
      void load().then(() => setLoaded(true), () => setOpen(false));
    },
  };
  return { open, setOpen, used, trigger };
}
