// Server-renders the form of every resource of the fixtures: it must render each kind, label its controls and
// disable them all when read-only. (Interaction is covered by e2e/forms.spec.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TooltipProvider } from '@/components/ui/tooltip';
import { ISTIO_KINDS, type IstioResource } from '@/lib/core/resource';
import { analyzeText } from '@/lib/validate';
import { ResourceForm } from './resource-form';

const root = join(__dirname, '../../fixtures');
const texts = [
  ...readdirSync(join(root, 'examples')).map((d) => readFileSync(join(root, 'examples', d, 'v1beta1.yaml'), 'utf8')),
  // every 8th real-world config: all kinds and deep VirtualService/DestinationRule trees, in a few seconds
  ...readdirSync(join(root, 'realworld'))
    .filter((f, i) => f.endsWith('.yaml') && i % 8 === 0)
    .map((f) => readFileSync(join(root, 'realworld', f), 'utf8')),
];

function render(resource: IstioResource, readOnly = false, diagnostics = analyzeText('').diagnostics) {
  return renderToStaticMarkup(createElement(TooltipProvider, null, createElement(ResourceForm, { resource, diagnostics, readOnly, onEdit: () => {} })));
}

describe('ResourceForm (server render)', () => {
  it('renders every resource of the fixtures, all five kinds', () => {
    const kinds = new Set<string>();
    for (const t of texts) {
      const { workspace, diagnostics } = analyzeText(t);
      for (const r of workspace.resources) {
        expect(() => render(r, false, diagnostics.filter((d) => d.document === r.document))).not.toThrow();
        kinds.add(r.kind);
      }
    }
    expect([...kinds].sort()).toEqual([...ISTIO_KINDS].sort());
  });

  it('labels the ServiceEntry controls with their field names and shows resolution hints', () => {
    const text = readFileSync(join(root, 'examples/02-mongo-cluster-mtls/v1beta1.yaml'), 'utf8');
    const se = analyzeText(text).workspace.resources[0]!;
    const html = render(se);
    for (const label of ['Resolution', 'Location']) expect(html).toMatch(new RegExp(`<label for="field-spec_${label.toLowerCase()}"[^>]*>${label}<`));
    for (const group of ['Hosts', 'Addresses', 'Ports', 'Endpoints', 'Export to', 'Subject alt names']) expect(html).toContain(`>${group}</span>`);
    expect(html).toContain('aria-label="Port 1 number"');
    expect(html).toContain('value="27018"');
    expect(html).toContain('STATIC needs IP endpoints');
  });

  it('shows a diagnostic on its field', () => {
    const text = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: x\nspec:\n  hosts: ["*"]\n  resolution: STATIC\n';
    const { workspace, diagnostics } = analyzeText(text);
    const onHost = diagnostics.filter((d) => d.path === 'spec.hosts[0]');
    expect(onHost.length).toBeGreaterThan(0);
    expect(render(workspace.resources[0]!, false, diagnostics)).toContain(onHost[0]!.message.replace(/"/g, '&quot;'));
  });

  it('disables everything and says why while read-only', () => {
    const r = analyzeText(texts[0]!).workspace.resources[0]!;
    const html = render(r, true);
    expect(html).toContain('<fieldset disabled=""');
    expect(html).toContain('last good state');
  });
});
