'use client';
import { useState } from 'react';
import { Studio, type StudioProps } from '@/components/studio/studio';
import { getExample } from '@/lib/examples';

/** `?example=<id>` read in the browser: a static export (docs/static-hosting.md) has no server to read it. */
function propsFromLocation(defaultExampleId: string): StudioProps {
  const fallback = getExample(defaultExampleId)?.texts.v1beta1 ?? '';
  if (typeof window === 'undefined') return { exampleText: fallback };
  const id = new URLSearchParams(window.location.search).get('example');
  if (!id) return { exampleText: fallback };
  const requested = getExample(id);
  return { exampleText: requested?.texts.v1beta1 ?? fallback, requestedExample: { id, found: requested !== undefined } };
}

/** The studio of a static export: the same shell, with the URL's query read on the client. */
export function StaticStudio({ defaultExampleId }: { defaultExampleId: string }) {
  const [props] = useState(() => propsFromLocation(defaultExampleId));
  return <Studio {...props} />;
}
