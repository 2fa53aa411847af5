import { ChevronDown, FilePlus2 } from 'lucide-react';

/** The "New resource" button's content, the same before and after its menu has loaded. */
export function NewResourceLabel() {
  return (
    <>
      <FilePlus2 size={13} aria-hidden="true" /> New resource <ChevronDown size={12} aria-hidden="true" />
    </>
  );
}
