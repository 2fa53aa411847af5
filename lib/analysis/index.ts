/** Cross-resource analysis over the workspace, like `istioctl analyze`: indexes built once, then one pass per analyzer. */
import type { WorkspaceCheck } from '../core/finding';
import { checkConflictingMeshVs } from './conflicting-mesh-vs';
import { checkDestinationHosts } from './destination-host';
import { checkDestinationSubsets } from './destination-subset';
import { checkDestinationRuleHosts } from './dr-host';
import { checkDestinationRuleTlsCa } from './dr-tls-ca';
import { checkEgressPaths } from './egress-path';
import { checkGatewayCertificates } from './gateway-certs';
import { checkGatewayConflicts } from './gateway-conflicts';
import { checkGatewayRefs } from './gateway-ref';
import { checkGatewayVisibility } from './gateway-visibility';
import { checkServiceEntryAddresses } from './se-addresses';
import { checkServiceEntryConflicts } from './se-conflicts';
import { checkServiceEntryShadowing } from './se-shadowing';
import { checkStatusConditions } from './status-conditions';
import { checkVsDeprecated } from './vs-deprecated';
import { checkVsGatewayHosts } from './vs-gateway-hosts';
import { indexWorkspace, type WorkspaceIndex } from './workspace-index';
import type { Emit } from '../core/finding';

export { ANALYSIS_CODES } from './catalog';

const analyzers: ((ix: WorkspaceIndex, emit: Emit) => void)[] = [
  checkDestinationHosts,
  checkDestinationSubsets,
  checkGatewayRefs,
  checkVsGatewayHosts,
  checkConflictingMeshVs,
  checkDestinationRuleHosts,
  checkDestinationRuleTlsCa,
  checkServiceEntryConflicts,
  checkServiceEntryShadowing,
  checkServiceEntryAddresses,
  checkGatewayConflicts,
  checkGatewayCertificates,
  checkEgressPaths,
  checkGatewayVisibility,
  checkVsDeprecated,
];

/** Every cross-resource check over all resources of the workspace; never throws on malformed specs. */
export const analyzeResources: WorkspaceCheck = (resources, emit) => {
  const ix = indexWorkspace(resources);
  for (const analyze of analyzers) analyze(ix, emit);
  checkStatusConditions(resources, emit);
};
