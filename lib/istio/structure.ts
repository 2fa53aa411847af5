/** Structure pass: the resource against the zod model of its kind. (Filled in by the model work.) */
import type { ResourceCheck } from '../core/finding';

export const checkStructure: ResourceCheck = () => {};
