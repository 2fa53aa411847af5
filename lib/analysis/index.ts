/** Cross-resource analysis over the workspace. (Filled in by the analysis work.) */
import type { WorkspaceCheck } from '../core/finding';

export const analyzeResources: WorkspaceCheck = () => {};
