/** The sidecar source nodes: one for the whole mesh, or one per namespace where exportTo limits who sees a resource. */
import type { IstioResource } from '../core/resource';
import type { Builder } from './builder';
import { visibility } from './context';

export const MESH_ID = 'mesh';

/** Ids of the sidecar nodes that see `r` (creating them): `mesh`, or `mesh:<ns>` per namespace of its exportTo. */
export function meshSources(b: Builder, r: IstioResource): string[] {
  const vis = visibility(r);
  if (vis === 'all') {
    b.node({ id: MESH_ID, type: 'mesh', label: 'sidecars', details: { sidecars: 'the sidecar proxies of every namespace (gateways: [mesh])' } });
    return [MESH_ID];
  }
  return vis.map((ns) => {
    const id = `${MESH_ID}:${ns}`;
    b.node({ id, type: 'mesh', label: `sidecars (${ns})`, namespace: ns, details: { sidecars: `the sidecar proxies of namespace ${ns}, the only ones that see resources exported to it` } });
    return id;
  });
}
