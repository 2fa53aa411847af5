import { Studio } from '@/components/studio/studio';
import { StaticStudio } from '@/components/share/static-studio';
import { getExample, listExamples } from '@/lib/examples';

const DEFAULT_EXAMPLE = '04-egress-gateway-httpbin';

/** `/` opens the saved workspace (or the default example); `/?example=<id>` opens that seed example. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // NOTE: a static export (npm run build:static) has no server to read the query; the browser reads it, from the
  // seed texts handed over here (the client module imports none: they stay out of the server route's JS).
  if (process.env.STATIC_EXPORT === '1') {
    const examples = Object.fromEntries(listExamples().map((e) => [e.id, e.texts.v1beta1]));
    return <StaticStudio examples={examples} defaultExampleId={DEFAULT_EXAMPLE} />;
  }
  const params = await searchParams;
  const id = typeof params.example === 'string' ? params.example : undefined;
  const requested = id ? getExample(id) : undefined;
  const example = requested ?? getExample(DEFAULT_EXAMPLE);
  return <Studio exampleText={example?.texts.v1beta1 ?? ''} {...(id ? { requestedExample: { id, found: requested !== undefined } } : {})} />;
}
