// Test helper: every test file runs on the JavaScript CPU backend.
import { registerBackend, setBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';

registerBackend(cpu());
await setBackend('cpu');

/** Row-major values of a nested JS matrix product `a · b`. */
export function matmul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0]!.map((_, j) => row.reduce((s, v, k) => s + v * b[k]![j]!, 0)));
}

/** `m` transposed. */
export function transpose(m: number[][]): number[][] {
  return m[0]!.map((_, j) => m.map((row) => row[j]!));
}
