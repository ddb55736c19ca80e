export { runConformance } from './run-conformance.js';
export type { ConformanceConfig } from './context.js';
export { RELATIVE_TOLERANCE } from './compare.js';
