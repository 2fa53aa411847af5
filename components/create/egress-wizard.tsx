'use client';
import { useState, type ReactNode } from 'react';
import { checkEgressInput, EGRESS_PROTOCOLS, generateEgress, normalizeEgress, tlsModesFor, type EgressInput, type EgressProtocol, type EgressTls } from '@/lib/wizard/egress';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { inputClass, labelClass } from '@/components/forms/styles';

const TLS_LABELS: Record<EgressTls, string> = {
  none: 'None (plain traffic)',
  passthrough: 'TLS passthrough (the application does TLS)',
  origination: 'TLS origination (the mesh does TLS for the application)',
};
const DEFAULT_PORT: Record<EgressProtocol, number> = { HTTP: 80, HTTPS: 443, TLS: 443, TCP: 5432 };

const initial: EgressInput = { host: 'api.example.com', port: 443, protocol: 'HTTPS', tls: 'passthrough', route: 'gateway', namespace: 'default' };

/** The egress wizard: one external host → a ServiceEntry, Gateway, DestinationRule(s) and VirtualService, previewed before insert. */
export function EgressWizard({ open, onOpenChange, onInsert }: { open: boolean; onOpenChange: (open: boolean) => void; onInsert: (yamlText: string, label: string) => void }) {
  const [input, setInput] = useState<EgressInput>(initial);
  const [portText, setPortText] = useState(String(initial.port));
  const [addresses, setAddresses] = useState('');
  const full: EgressInput = { ...input, port: Number(portText), addresses: addresses.split(/[\s,]+/).filter(Boolean) };
  const problems = checkEgressInput(full);
  // Generation is a few microseconds: recomputed on every render rather than memoized.
  const result = problems.length === 0 ? generateEgress(full) : undefined;
  const set = (patch: Partial<EgressInput>) => setInput((i) => ({ ...i, ...patch }));
  const setProtocol = (protocol: EgressProtocol) => {
    const tls = tlsModesFor(protocol)[0]!;
    setInput((i) => ({ ...i, protocol, tls }));
    setPortText(String(tls === 'origination' ? 443 : DEFAULT_PORT[protocol]));
  };
  const modes = tlsModesFor(input.protocol);
  const insert = () => {
    if (!result) return;
    onInsert(result.yaml, `Egress to ${normalizeEgress(full).host}`);
    onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Egress wizard" description="Let the mesh reach one external host: Entryway writes the ServiceEntry and, through the egress gateway, the Gateway, DestinationRules and VirtualService Istio's egress tasks use.">
        <form className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)] gap-4 overflow-hidden" onSubmit={(e) => (e.preventDefault(), insert())}>
          <div className="space-y-2">
            <Row id="egress-host" label="Host">
              <input id="egress-host" className={inputClass} value={input.host} spellCheck={false} onChange={(e) => set({ host: e.target.value })} />
            </Row>
            <Row id="egress-protocol" label="Protocol">
              <select id="egress-protocol" className={inputClass} value={input.protocol} onChange={(e) => setProtocol(e.target.value as EgressProtocol)}>
                {EGRESS_PROTOCOLS.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </Row>
            <Row id="egress-tls" label="TLS mode">
              <select id="egress-tls" className={inputClass} value={input.tls} disabled={modes.length < 2} onChange={(e) => set({ tls: e.target.value as EgressTls })}>
                {modes.map((m) => (
                  <option key={m} value={m}>
                    {TLS_LABELS[m]}
                  </option>
                ))}
              </select>
            </Row>
            <Row id="egress-port" label={input.tls === 'origination' ? 'Port (TLS port of the host)' : 'Port'}>
              <input id="egress-port" className={inputClass} inputMode="numeric" value={portText} onChange={(e) => setPortText(e.target.value)} />
            </Row>
            {input.protocol === 'TCP' ? (
              <Row id="egress-addresses" label="Addresses">
                <input id="egress-addresses" className={inputClass} placeholder="203.0.113.10" value={addresses} onChange={(e) => setAddresses(e.target.value)} />
              </Row>
            ) : null}
            <fieldset className="space-y-1">
              <legend className={labelClass}>Route</legend>
              {(['gateway', 'direct'] as const).map((r) => (
                <label key={r} className="flex items-center gap-1.5 text-xs">
                  <input type="radio" name="egress-route" value={r} checked={input.route === r} onChange={() => set({ route: r })} />
                  {r === 'gateway' ? 'Through the egress gateway' : 'Direct from the sidecar'}
                </label>
              ))}
            </fieldset>
            <Row id="egress-namespace" label="Namespace">
              <input id="egress-namespace" className={inputClass} value={input.namespace} spellCheck={false} onChange={(e) => set({ namespace: e.target.value })} />
            </Row>
            {problems.length > 0 ? (
              <ul role="alert" className="space-y-0.5 text-[11px] text-red-700 dark:text-red-400">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : (
              <ul className="space-y-0.5 text-[11px] text-zinc-500 dark:text-zinc-400">
                {result?.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </div>
          <div className="flex min-h-0 flex-col gap-2">
            <p className={labelClass}>Preview ({result ? result.resources.map((r) => r.kind).join(', ') : 'fix the input'})</p>
            <pre aria-label="Preview" className="max-h-[50vh] min-h-40 flex-1 overflow-auto rounded border border-zinc-200 bg-zinc-50 p-2 font-mono text-[11px] dark:border-zinc-800 dark:bg-zinc-950">
              {result?.yaml ?? ''}
            </pre>
            <div className="flex justify-end gap-2">
              <Button onClick={() => onOpenChange(false)}>Cancel</Button>
              <Button type="submit" variant="primary" disabled={!result}>
                Insert {result ? `${result.resources.length} resources` : ''}
              </Button>
            </div>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function Row({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="space-y-0.5">
      <label htmlFor={id} className={`block ${labelClass}`}>
        {label}
      </label>
      {children}
    </div>
  );
}
