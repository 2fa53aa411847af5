'use client';
import { useState } from 'react';
import { Studio, type StudioProps } from '@/components/studio/studio';

/** Seed example id → its v1beta1 text, handed over by the page (so this client module imports no seeds). */
export type ExampleTexts = Readonly<Record<string, string>>;

/** `?example=<id>` read in the browser: a static export (docs/static-hosting.md) has no server to read it. */
function propsFromLocation(examples: ExampleTexts, defaultExampleId: string): StudioProps {
  const text = (id: string) => (Object.hasOwn(examples, id) ? examples[id] : undefined);
  const fallback = text(defaultExampleId) ?? '';
  if (typeof window === 'undefined') return { exampleText: fallback };
  const id = new URLSearchParams(window.location.search).get('example');
  if (!id) return { exampleText: fallback };
  const requested = text(id);
  return { exampleText: requested ?? fallback, requestedExample: { id, found: requested !== undefined } };
}

/** The studio of a static export: the same shell, with the URL's query read on the client. */
export function StaticStudio({ examples, defaultExampleId }: { examples: ExampleTexts; defaultExampleId: string }) {
  const [props] = useState(() => propsFromLocation(examples, defaultExampleId));
  return <Studio {...props} />;
}
