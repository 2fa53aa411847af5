'use client';
import type { FieldDescriptor } from '@/lib/forms/descriptor';
import { fieldOf } from '@/lib/forms/descriptor';
import { resolutionHints } from '@/lib/forms/service-entry-hints';
import { valueAt } from '@/lib/forms/values';
import { Field } from './field';
import { FieldRow } from './field-row';
import { ListField } from './list-field';
import { ScalarInput } from './scalar-input';
import { PortsTable } from './ports-table';
import { EndpointsList } from './endpoints-list';
import { Section } from './section';

/** The ServiceEntry spec, laid out by hand: what it adds, how it is resolved, its ports and endpoints, who sees it. */
export function ServiceEntryForm({ spec, value }: { spec: FieldDescriptor; value: unknown }) {
  const f = (k: string) => fieldOf(spec, k)!;
  const v = (k: string) => valueAt(value, [k]);
  const hints = resolutionHints((value ?? {}) as Record<string, unknown>);
  return (
    <>
      <Section title="Service">
        <ListField field={f('hosts')} path={['spec', 'hosts']} value={v('hosts')} />
        <ListField field={f('addresses')} path={['spec', 'addresses']} value={v('addresses')} />
        <FieldRow label="Location" help={f('location').help} path={['spec', 'location']}>
          <ScalarInput field={f('location')} path={['spec', 'location']} value={v('location')} />
        </FieldRow>
        <FieldRow label="Resolution" help={f('resolution').help} path={['spec', 'resolution']}>
          <ScalarInput field={f('resolution')} path={['spec', 'resolution']} value={v('resolution')} />
          <ul className="mt-0.5 space-y-0.5" aria-label="Resolution hints">
            {hints.map((h) => (
              <li key={h.text} className={h.tone === 'warning' ? 'text-[11px] text-amber-700 dark:text-amber-400' : 'text-[11px] text-zinc-500'}>
                {h.text}
              </li>
            ))}
          </ul>
        </FieldRow>
      </Section>
      <Section title="Ports">
        <PortsTable field={f('ports')} value={v('ports')} />
      </Section>
      <Section title="Endpoints">
        <EndpointsList field={f('endpoints')} value={v('endpoints')} portNames={portNames(v('ports'))} />
        <Field field={f('workloadSelector')} path={['spec', 'workloadSelector']} value={v('workloadSelector')} />
      </Section>
      <Section title="Visibility and identity">
        <ListField field={f('exportTo')} path={['spec', 'exportTo']} value={v('exportTo')} suggestions={['.', '*']} />
        <ListField field={f('subjectAltNames')} path={['spec', 'subjectAltNames']} value={v('subjectAltNames')} />
      </Section>
    </>
  );
}

function portNames(ports: unknown): string[] {
  return Array.isArray(ports) ? ports.map((p) => (p && typeof p === 'object' ? (p as { name?: unknown }).name : undefined)).filter((n): n is string => typeof n === 'string' && n !== '') : [];
}
