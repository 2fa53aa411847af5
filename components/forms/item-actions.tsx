'use client';
import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { iconButtonClass } from './styles';

/** Move up, move down and remove buttons of one list item. */
export function ItemActions({ name, index, length, disabled, onMove, onRemove }: { name: string; index: number; length: number; disabled: boolean; onMove: (to: number) => void; onRemove: () => void }) {
  return (
    <span className="flex shrink-0 items-center">
      <button type="button" className={iconButtonClass} aria-label={`Move ${name} up`} disabled={disabled || index === 0} onClick={() => onMove(index - 1)}>
        <ArrowUp size={12} />
      </button>
      <button type="button" className={iconButtonClass} aria-label={`Move ${name} down`} disabled={disabled || index === length - 1} onClick={() => onMove(index + 1)}>
        <ArrowDown size={12} />
      </button>
      <button type="button" className={iconButtonClass} aria-label={`Remove ${name}`} disabled={disabled} onClick={onRemove}>
        <X size={12} />
      </button>
    </span>
  );
}
