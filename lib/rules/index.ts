/** Per-resource Istio webhook rules, dispatched by kind. (Filled in by the rules work.) */
import type { ResourceCheck } from '../core/finding';

export const checkRules: ResourceCheck = () => {};
