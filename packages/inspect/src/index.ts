import './node-inspect.js';

export { repr } from './repr.js';
export { DEFAULT_PRINT_OPTIONS, getPrintOptions, resetPrintOptions, setPrintOptions } from './options.js';
export type { FloatMode, PrintOptions, SignMode } from './options.js';
export { describe } from './describe.js';
export type { Description } from './describe.js';
export { histogram } from './histogram.js';
export type { Histogram, HistogramOptions } from './histogram.js';
export { formatPositional, formatScientific } from './format-float.js';
export type { FloatFormatArgs, PositionalArgs, ScientificArgs, TrimMode } from './format-float.js';
