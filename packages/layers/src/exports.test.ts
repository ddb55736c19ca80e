import { expect, it } from 'vitest';
import * as layers from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(layers).sort()).toEqual([
    'ACTIVATION_NAMES',
    'Dense',
    'Flatten',
    'InputShapeError',
    'Layer',
    'LayerStateError',
    'Sequential',
    'clearSession',
    'getActivation',
    'toSnakeCase',
    'uniqueName',
  ]);
});
