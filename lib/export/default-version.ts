/** The API version an export defaults to: the one the workspace came in. */
import { API_VERSIONS, ISTIO_GROUP, type ApiVersion } from '../core/resource';

/**
 * The most common `networking.istio.io/<v>` apiVersion among `resources`, else `v1`.
 * Ties go to the newest version, so a mixed workspace moves forward rather than back.
 */
export function defaultExportVersion(resources: readonly { apiVersion: string }[]): ApiVersion {
  const counts = new Map<ApiVersion, number>();
  for (const r of resources) {
    const [group, version] = r.apiVersion.split('/');
    if (group !== ISTIO_GROUP) continue;
    const v = API_VERSIONS.find((a) => a === version);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: ApiVersion = 'v1';
  let most = 0;
  for (const v of API_VERSIONS) {
    const n = counts.get(v) ?? 0;
    if (n > 0 && n >= most) [best, most] = [v, n];
  }
  return best;
}
