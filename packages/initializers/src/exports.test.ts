import { describe, expect, it } from 'vitest';
import * as api from './index.js';

// The public surface, locked: a rename or removal must show up here (API.md names are fixed).
describe('@lamina/initializers exports', () => {
  it('match the contract', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'InitializerResultError',
        'TRUNCATED_STDDEV',
        'UnknownInitializerError',
        'callInitializer',
        'computeFans',
        'constant',
        'get',
        'glorotNormal',
        'glorotUniform',
        'heNormal',
        'heUniform',
        'identity',
        'lecunNormal',
        'lecunUniform',
        'ones',
        'orthogonal',
        'randomNormal',
        'randomUniform',
        'serialize',
        'truncatedNormal',
        'varianceScaling',
        'zeros',
      ].sort(),
    );
  });
});
