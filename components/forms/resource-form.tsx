'use client';
import { Lock } from 'lucide-react';
import { useMemo, useRef } from 'react';
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import { kindForm } from '@/lib/forms/kind-form';
import type { FormEdit } from '@/lib/yaml/edit';
import { FieldDiagnostics } from './field-diagnostics';
import { FormProvider, type FormContextValue } from './form-context';
import { ObjectFields } from './object-field';
import { Section } from './section';
import { ServiceEntryForm } from './service-entry-form';
import { useFocusPath } from './use-focus-path';

export interface ResourceFormProps {
  resource: IstioResource;
  diagnostics: Diagnostic[];
  readOnly: boolean;
  onEdit: (edit: FormEdit) => void;
  /** A diagnostic path (`spec.ports[1].name`) to bring into view and focus. */
  focusPath?: string;
}

/** The form of one resource: metadata and every spec field of its kind; each user action is one FormEdit. */
export function ResourceForm({ resource, diagnostics, readOnly, onEdit, focusPath }: ResourceFormProps) {
  const form = kindForm(resource.kind);
  const root = useRef<HTMLFormElement>(null);
  useFocusPath(root, focusPath);
  const ctx = useMemo<FormContextValue>(() => ({ resource, diagnostics, readOnly, onEdit }), [resource, diagnostics, readOnly, onEdit]);
  const spec = resource.spec ?? {};

  return (
    <FormProvider value={ctx}>
      <form ref={root} aria-label={`${resource.kind} ${resource.name}`} className="text-xs" onSubmit={(e) => e.preventDefault()}>
        {readOnly ? (
          <p role="status" className="flex items-center gap-1.5 border-b border-amber-300 bg-amber-50 px-3 py-1 text-[11px] text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
            <Lock size={12} aria-hidden="true" /> The YAML has a syntax error: this is the last good state, read-only until the YAML parses again.
          </p>
        ) : null}
        {/* A disabled fieldset disables every control inside it, including ones added later. */}
        <fieldset disabled={readOnly} className="min-w-0">
          <div className="px-3 pt-2">
            <FieldDiagnostics path={[]} />
            <FieldDiagnostics path={['spec']} />
          </div>
          <Section title="Metadata">
            <ObjectFields field={form.metadata} path={['metadata']} value={resource.metadata} all />
          </Section>
          {resource.kind === 'ServiceEntry' ? (
            <ServiceEntryForm spec={form.spec} value={spec} />
          ) : (
            <Section title="Spec">
              <ObjectFields field={form.spec} path={['spec']} value={spec} all />
            </Section>
          )}
        </fieldset>
      </form>
    </FormProvider>
  );
}
