'use client';
import type { FieldDescriptor } from '@/lib/forms/descriptor';
import { fieldOf } from '@/lib/forms/descriptor';
import { docPath, removeItemEdit } from '@/lib/forms/values';
import { AddButton } from './add-button';
import { FieldDiagnostics } from './field-diagnostics';
import { GroupLabel } from './field-row';
import { useForm } from './form-context';
import { ItemActions } from './item-actions';
import { ScalarInput } from './scalar-input';

export const PROTOCOLS = ['HTTP', 'HTTPS', 'HTTP2', 'GRPC', 'TLS', 'TCP', 'MONGO', 'MYSQL', 'REDIS', 'UDP'] as const;
const COLUMNS = ['number', 'protocol', 'name', 'targetPort'] as const;

/** A port nobody uses yet: 80/http first, then 443/https, then the next free number. */
export function nextPort(ports: unknown[]): { number: number; name: string; protocol: string } {
  const used = new Set(ports.map((p) => (p && typeof p === 'object' ? (p as { number?: unknown }).number : undefined)));
  if (!used.has(80)) return { number: 80, name: 'http', protocol: 'HTTP' };
  if (!used.has(443)) return { number: 443, name: 'https', protocol: 'HTTPS' };
  let n = 8080;
  while (used.has(n)) n++;
  return { number: n, name: `tcp-${n}`, protocol: 'TCP' };
}

/** ServiceEntry ports as a table: number, protocol, name, target port. */
export function PortsTable({ field, value }: { field: FieldDescriptor; value: unknown }) {
  const { resource, readOnly, onEdit } = useForm();
  const path = ['spec', 'ports'];
  const ports = Array.isArray(value) ? value : [];
  const item = field.item!;
  return (
    <div role="group" aria-labelledby="se-ports-label" data-path="field-spec_ports">
      <GroupLabel id="se-ports-label" label="Ports" help={field.help} />
      <FieldDiagnostics path={path} />
      {ports.length > 0 ? (
        <table className="w-full table-fixed border-separate border-spacing-x-1 border-spacing-y-0.5 text-[11px]">
          <thead>
            <tr className="text-left text-zinc-500 dark:text-zinc-400">
              <th className="font-medium">Number</th>
              <th className="font-medium">Protocol</th>
              <th className="font-medium">Name</th>
              <th className="font-medium">Target port</th>
              <th className="w-[4.5rem]">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ports.map((p, i) => (
              <tr key={i} className="align-top">
                {COLUMNS.map((c) => (
                  <td key={c}>
                    <ScalarInput field={fieldOf(item, c)!} path={[...path, i, c]} value={(p as Record<string, unknown> | null)?.[c]} ariaLabel={`Port ${i + 1} ${c === 'targetPort' ? 'target port' : c}`} suggestions={c === 'protocol' ? PROTOCOLS : undefined} />
                    <FieldDiagnostics path={[...path, i, c]} />
                  </td>
                ))}
                <td>
                  <ItemActions
                    name={`port ${i + 1}`}
                    index={i}
                    length={ports.length}
                    disabled={readOnly}
                    onMove={(to) => onEdit({ op: 'move', document: resource.document, path: docPath(resource, path), from: i, to })}
                    onRemove={() => onEdit(removeItemEdit(resource, path, i, ports.length, false))}
                  />
                  <FieldDiagnostics path={[...path, i]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-[11px] text-zinc-500 dark:text-zinc-400">No ports.</p>
      )}
      <AddButton label="Add port" disabled={readOnly} onClick={() => onEdit({ op: 'insert', document: resource.document, path: docPath(resource, path), value: nextPort(ports) })} />
    </div>
  );
}
