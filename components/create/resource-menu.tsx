'use client';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { ChevronRight, Route } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { ISTIO_KINDS, type IstioKind } from '@/lib/core/resource';
import { EXAMPLE_CATALOG } from '@/lib/examples/catalog';
import { getKindInfo } from '@/lib/istio/descriptors';
import { Button } from '@/components/ui/button';
import { useWorkspaceStore } from '@/components/studio/workspace-context';
import type { WorkspaceStore } from '@/lib/workspace/store';
import { NewResourceLabel } from './new-resource-label';

// The wizard, the YAML writer (`yaml`) and the seed texts load on first use: none is part of the first route's JS.
const EgressWizard = dynamic(() => import('./egress-wizard').then((m) => m.EgressWizard), { ssr: false });

/** A blank of `kind` in `default`, named past the names `taken` there (a second ServiceEntry is external-api-2). */
async function blankText(kind: IstioKind, taken: ReadonlySet<string>): Promise<string> {
  return (await import('@/lib/wizard/blank')).blankYaml(kind, 'default', 'v1', taken);
}

/** Names of the workspace's resources of `kind` in `default`, as of the latest analysis. */
function takenNames(store: WorkspaceStore, kind: IstioKind): Set<string> {
  return new Set(store.getState().lastGood.filter((r) => r.kind === kind && (r.namespace ?? 'default') === 'default').map((r) => r.name));
}

async function exampleTextV1(id: string): Promise<string | undefined> {
  const { exampleText, getExample } = await import('@/lib/examples');
  const example = getExample(id);
  return example ? exampleText(example, 'v1') : undefined;
}

const content =
  'z-50 min-w-[16rem] max-w-[22rem] rounded-md border border-zinc-200 bg-white p-1 text-xs shadow-lg dark:border-zinc-800 dark:bg-zinc-900';
const item =
  'flex cursor-default items-start gap-2 rounded px-2 py-1.5 outline-none select-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800';
const heading = 'px-2 pt-1.5 pb-0.5 text-[10px] font-semibold tracking-wide text-zinc-500 dark:text-zinc-400 uppercase';

export interface ResourceMenuProps {
  onInsert: (yamlText: string, label: string) => void;
  onFailure?: (message: string) => void;
}

/**
 * The Radix menu behind "New resource" (see new-resource-menu.tsx, which loads it): a blank resource of each
 * kind, every seed example as a template, and the egress wizard. `defaultOpen`/`autoFocus` carry over a click or
 * the focus that reached the placeholder button before this module loaded.
 */
export function ResourceMenu({ onInsert, onFailure, defaultOpen = false, autoFocus = false }: ResourceMenuProps & { defaultOpen?: boolean; autoFocus?: boolean }) {
  const store = useWorkspaceStore();
  const [wizard, setWizard] = useState(false);
  // Mounted from the first open on, so the dialog keeps its closing animation and focus return.
  const [wizardUsed, setWizardUsed] = useState(false);
  const insert = (text: Promise<string | undefined>, label: string) =>
    text.then(
      (t) => (t === undefined ? onFailure?.(`${label} is not available.`) : onInsert(t, label)),
      () => onFailure?.(`${label} could not be loaded (is the connection down?).`),
    );
  return (
    <>
      {/* autoFocus: this button replaces the placeholder that had the focus. */}
      <Menu.Root defaultOpen={defaultOpen}>
        <Menu.Trigger asChild>
          <Button autoFocus={autoFocus}>
            <NewResourceLabel />
          </Button>
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content className={content} align="start" sideOffset={4}>
            <Menu.Label className={heading}>Blank</Menu.Label>
            {ISTIO_KINDS.map((kind) => (
              <Menu.Item key={kind} className={item} onSelect={() => void insert(blankText(kind, takenNames(store, kind)), `New ${kind}`)}>
                <span>
                  <span className="block font-medium">{kind}</span>
                  <span className="block text-[11px] text-zinc-500 dark:text-zinc-400">{getKindInfo(kind).description}</span>
                </span>
              </Menu.Item>
            ))}
            <Menu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
            <Menu.Sub>
              <Menu.SubTrigger className={item}>
                From an example <ChevronRight size={12} className="ml-auto self-center" aria-hidden="true" />
              </Menu.SubTrigger>
              <Menu.Portal>
                <Menu.SubContent className={content} sideOffset={4}>
                  {EXAMPLE_CATALOG.map((ex) => (
                    <Menu.Item key={ex.id} className={item} onSelect={() => void insert(exampleTextV1(ex.id), ex.title)}>
                      <span>
                        <span className="block font-medium">{ex.title}</span>
                        <span className="block text-[11px] text-zinc-500 dark:text-zinc-400">{ex.kinds.join(', ')}</span>
                      </span>
                    </Menu.Item>
                  ))}
                </Menu.SubContent>
              </Menu.Portal>
            </Menu.Sub>
            <Menu.Item
              className={item}
              onSelect={() => {
                setWizardUsed(true);
                setWizard(true);
              }}
            >
              <Route size={13} className="mt-0.5" aria-hidden="true" /> Egress wizard…
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      {wizardUsed ? <EgressWizard open={wizard} onOpenChange={setWizard} onInsert={onInsert} /> : null}
    </>
  );
}
