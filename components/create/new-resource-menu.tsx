'use client';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { ChevronDown, ChevronRight, FilePlus2, Route } from 'lucide-react';
import { useState } from 'react';
import { ISTIO_KINDS } from '@/lib/core/resource';
import { exampleText, listExamples } from '@/lib/examples';
import { getDescriptor } from '@/lib/istio/registry';
import { blankYaml } from '@/lib/wizard/blank';
import { Button } from '@/components/ui/button';
import { EgressWizard } from './egress-wizard';

const content =
  'z-50 min-w-[16rem] max-w-[22rem] rounded-md border border-zinc-200 bg-white p-1 text-xs shadow-lg dark:border-zinc-800 dark:bg-zinc-900';
const item =
  'flex cursor-default items-start gap-2 rounded px-2 py-1.5 outline-none select-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800';
const heading = 'px-2 pt-1.5 pb-0.5 text-[10px] font-semibold tracking-wide text-zinc-500 dark:text-zinc-400 uppercase';

/** "New resource": a blank resource of each kind, every seed example as a template, and the egress wizard. */
export function NewResourceMenu({ onInsert }: { onInsert: (yamlText: string, label: string) => void }) {
  const [wizard, setWizard] = useState(false);
  return (
    <>
      <Menu.Root>
        <Menu.Trigger asChild>
          <Button>
            <FilePlus2 size={13} aria-hidden="true" /> New resource <ChevronDown size={12} aria-hidden="true" />
          </Button>
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content className={content} align="start" sideOffset={4}>
            <Menu.Label className={heading}>Blank</Menu.Label>
            {ISTIO_KINDS.map((kind) => (
              <Menu.Item key={kind} className={item} onSelect={() => onInsert(blankYaml(kind), `New ${kind}`)}>
                <span>
                  <span className="block font-medium">{kind}</span>
                  <span className="block text-[11px] text-zinc-500 dark:text-zinc-400">{getDescriptor(kind).description}</span>
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
                  {listExamples().map((ex) => (
                    <Menu.Item key={ex.id} className={item} onSelect={() => onInsert(exampleText(ex, 'v1'), ex.title)}>
                      <span>
                        <span className="block font-medium">{ex.title}</span>
                        <span className="block text-[11px] text-zinc-500 dark:text-zinc-400">{ex.kinds.join(', ')}</span>
                      </span>
                    </Menu.Item>
                  ))}
                </Menu.SubContent>
              </Menu.Portal>
            </Menu.Sub>
            <Menu.Item className={item} onSelect={() => setWizard(true)}>
              <Route size={13} className="mt-0.5" aria-hidden="true" /> Egress wizard…
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      <EgressWizard open={wizard} onOpenChange={setWizard} onInsert={onInsert} />
    </>
  );
}
