import { expect, it } from 'vitest';
import * as inspect from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(inspect).sort()).toEqual([
    'DEFAULT_PRINT_OPTIONS',
    'describe',
    'formatPositional',
    'formatScientific',
    'getPrintOptions',
    'histogram',
    'repr',
    'resetPrintOptions',
    'setPrintOptions',
  ]);
});
