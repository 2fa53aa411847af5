'use client';
import { useCallback, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { loadAppend } from '@/components/studio/deferred-append';
import { useEscapeCancels } from '@/components/studio/use-escape-cancels';
import { NewResourceLabel } from './new-resource-label';
import type { ResourceMenu as ResourceMenuType, ResourceMenuProps } from './resource-menu';

// The Radix menu (with its popper, focus and scroll locks) is not part of the first route's JS: it loads when the
// pointer or the focus reaches the button, and a click that comes first opens it once loaded. The store's append
// (with `yaml`) loads alongside, so an insert from the menu or the wizard lands at once.
const loadMenu = () => Promise.all([import('./resource-menu'), loadAppend()]).then(([m]) => m);

/** "New resource": a blank resource of each kind, every seed example as a template, and the egress wizard. */
export function NewResourceMenu(props: ResourceMenuProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [menu, setMenu] = useState<{ Menu: typeof ResourceMenuType; focus: boolean } | null>(null);
  const [openOnLoad, setOpenOnLoad] = useState(false);
  useEscapeCancels(openOnLoad && menu === null, useCallback(() => setOpenOnLoad(false), []));
  const load = () => {
    void loadMenu().then(
      (m) => setMenu((cur) => cur ?? { Menu: m.ResourceMenu, focus: document.activeElement === button.current }),
      () => props.onFailure?.('The New resource menu could not be loaded (is the connection down?).'),
    );
  };
  if (menu) return <menu.Menu {...props} defaultOpen={openOnLoad} autoFocus={menu.focus} />;
  const open = () => {
    setOpenOnLoad(true);
    load();
  };
  return (
    <Button ref={button} aria-haspopup="menu" aria-expanded={false} onPointerEnter={load} onFocus={load} onPointerDown={open} onClick={open}>
      <NewResourceLabel />
    </Button>
  );
}
