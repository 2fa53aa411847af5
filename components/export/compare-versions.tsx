'use client';
import { useMemo, useState } from 'react';
import { API_VERSIONS, type ApiVersion } from '@/lib/core/resource';
import { buildExport, type BuildOptions } from '@/lib/export/build';
import { YamlDiffLazy } from './lazy';

function VersionSelect({ label, value, onChange }: { label: string; value: ApiVersion; onChange: (v: ApiVersion) => void }) {
  return (
    <label className="flex items-center gap-1.5 text-xs">
      {label}
      <select
        className="h-7 rounded border border-zinc-300 bg-white px-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
        value={value}
        onChange={(e) => onChange(e.target.value as ApiVersion)}
      >
        {API_VERSIONS.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The same export in two API versions side by side, as Istio's docs show v1alpha3 | v1beta1. */
export function CompareVersions({ text, options }: { text: string; options: BuildOptions }) {
  const [left, setLeft] = useState<ApiVersion>('v1alpha3');
  const [right, setRight] = useState<ApiVersion>('v1beta1');
  const original = useMemo(() => buildExport(text, { ...options, apiVersion: left }).text, [text, options, left]);
  const modified = useMemo(() => buildExport(text, { ...options, apiVersion: right }).text, [text, options, right]);
  return (
    <div className="flex h-full min-h-0 flex-col gap-2">
      <div className="flex items-center gap-4">
        <VersionSelect label="Left" value={left} onChange={setLeft} />
        <VersionSelect label="Right" value={right} onChange={setRight} />
      </div>
      <div className="min-h-0 flex-1 rounded border border-zinc-200 dark:border-zinc-800">
        <YamlDiffLazy original={original} modified={modified} label={`Compare ${left} and ${right}`} />
      </div>
    </div>
  );
}
