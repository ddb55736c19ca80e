import * as tf from '@tensorflow/tfjs-core';
import { formatValue } from '../errors.js';
import type { BackendPlugin } from './plugin.js';

/** What is wrong with a plugin's `kernels` field, one message per problem (none when valid). */
export function pluginKernelProblems(kernels: unknown): string[] {
  if (kernels === undefined) return [];
  if (!Array.isArray(kernels)) return [`kernels must be an array when given (received ${formatValue(kernels)})`];
  const problems: string[] = [];
  kernels.forEach((k: unknown, i) => {
    const kc = (typeof k === 'object' && k !== null ? k : {}) as Record<string, unknown>;
    if (typeof kc['kernelName'] !== 'string' || typeof kc['kernelFunc'] !== 'function') {
      problems.push(`kernels[${i}] must be { kernelName: string, kernelFunc: function } (received ${formatValue(k)})`);
    }
  });
  return problems;
}

/**
 * Adds a plugin's own kernels to tfjs's registry for its backend name, when
 * the backend starts. One already registered under the same name (tfjs's or a
 * user's) is kept: the plugin adds kernels, it never replaces them.
 */
export function registerPluginKernels(plugin: BackendPlugin): void {
  for (const kernel of plugin.kernels ?? []) {
    if (tf.getKernel(kernel.kernelName, plugin.name) === undefined) {
      tf.registerKernel({ ...kernel, backendName: plugin.name });
    }
  }
}
