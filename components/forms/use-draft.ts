'use client';
import { useState } from 'react';

/**
 * Local text of an input, reset whenever the committed value changes (an edit in the YAML, undo…).
 * Adjusting state during render is React's documented pattern for this, and keeps the focus.
 */
export function useDraft(committed: string): [string, (v: string) => void] {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  if (seen !== committed) {
    setSeen(committed);
    setDraft(committed);
  }
  return [draft, setDraft];
}
