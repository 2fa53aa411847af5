'use client';

/** The egress graph; its panel is not part of this build yet, so the region says so. */
export function GraphRegion() {
  return <p className="p-3 text-xs text-zinc-500">Graph: not available in this build yet.</p>;
}
