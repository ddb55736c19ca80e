export type {
  BuiltinInitializer,
  Initializer,
  InitializerIdentifier,
  SeedOption,
  SerializedInitializer,
} from './types.js';
export { constant, ones, zeros } from './constant.js';
export type { ConstantOptions } from './constant.js';
export { randomNormal, randomUniform, truncatedNormal } from './random.js';
export type { NormalConfig, NormalOptions, UniformConfig, UniformOptions } from './random.js';
export { TRUNCATED_STDDEV, varianceScaling } from './variance-scaling.js';
export type { VarianceScalingConfig, VarianceScalingOptions } from './variance-scaling.js';
export type { Distribution, FanMode } from './names.js';
export { glorotNormal, glorotUniform, heNormal, heUniform, lecunNormal, lecunUniform } from './presets.js';
export type { SeedConfig, SeedOptions } from './presets.js';
export { orthogonal } from './orthogonal.js';
export type { OrthogonalConfig, OrthogonalOptions } from './orthogonal.js';
export { identity } from './identity.js';
export type { IdentityConfig, IdentityOptions } from './identity.js';
export { computeFans } from './fans.js';
export { get, serialize } from './get.js';
export { callInitializer } from './call.js';
export { InitializerResultError, UnknownInitializerError } from './errors.js';
