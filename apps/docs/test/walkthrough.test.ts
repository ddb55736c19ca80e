import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_DIR, buildDocs } from './helpers/build.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function demo(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/demo.mjs', ...args], {
      cwd: APP_DIR,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('terminal walkthrough (pnpm demo)', () => {
  beforeAll(async () => {
    await buildDocs();
  }, 600_000);

  it('runs every step on the cpu backend and prints the chapter', async () => {
    const { code, stdout, stderr } = await demo(['--backend', 'cpu']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Keras names, kernel before bias, with shapes.
    expect(stdout).toContain('sequential/dense/kernel:0 [ 20, 256 ]');
    expect(stdout).toContain('sequential/dense/bias:0 [ 256 ]');
    expect(stdout).toContain('sequential/dense_1/kernel:0 [ 256, 10 ]');
    expect(stdout).toContain('sequential/dense_1/bias:0 [ 10 ]');
    // The output layer's bias as TensorFlow prints a variable.
    expect(stdout).toContain(
      "<tf.Variable 'sequential/dense_1/bias:0' shape=(10,) dtype=float32, numpy=array([0., 0., 0., 0., 0., 0., 0., 0., 0., 0.], dtype=float32)>",
    );
    // Y = net(X) is a 2 × 10 float32 tensor.
    expect(stdout).toContain('<tf.Tensor: shape=(2, 10), dtype=float32, numpy=');
    // 20·256 + 256 + 256·10 + 10 parameters.
    expect(stdout).toMatch(/^7946$/m);
    // constant(1): a summarized 20 × 256 kernel of ones.
    expect(stdout).toMatch(/numpy=\narray\(\[\[1\., 1\., 1\., \.\.\., 1\., 1\., 1\.\],/);
    // The user's own initializer was called with the kernel's shape.
    expect(stdout).toContain('Init [ 20, 256 ]');
    // Sharing: the same layer, the same variable, an update visible through both uses,
    // and the shared gradient equal to the sum over the two uses.
    expect(stdout).toMatch(/^true\ntrue\n/m);
    expect(stdout).toMatch(/^100$/m);
    expect(stdout).toMatch(/^false true true$/m); // tied is a new layer on the same variables
    // (numpy ≥ 2 prints a float32 scalar as np.float32(0.0).)
    expect(stdout.match(/<tf\.Tensor: shape=\(\), dtype=float32, numpy=(?:np\.float32\()?0\.0\)?>/g)).toHaveLength(2);
    // The final line names the backend, the thread count and the time.
    const last = stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^Ran \d+ steps on backend cpu \(1 thread\) in \d+\.\d\d s$/);
  }, 300_000);

  it('runs on the multithreaded wasm backend by default, with the thread count it measured', async () => {
    const { code, stdout } = await demo(['--threads', '2']);
    expect(code).toBe(0);
    expect(stdout).toContain("{ name: 'wasm', threads: 2, simd: true }");
    expect(stdout).toContain('sequential/dense/kernel:0 [ 20, 256 ]');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^Ran \d+ steps on backend wasm \(2 threads, SIMD\) in \d+\.\d\d s$/);
  }, 300_000);

  it.each([
    [['--backend', 'gpu'], "--backend must be 'cpu' or 'wasm'"],
    [['--threads', 'many'], "--threads must be a positive integer or 'auto'"],
    [['--threads', '99'], 'threads must be an integer from 1 to'],
    [['--frobnicate'], 'unknown option "--frobnicate"'],
  ])('rejects %j with the usage text and exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await demo(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: pnpm demo');
  }, 120_000);

  it('prints the usage text for --help and exits 0', async () => {
    const { code, stdout } = await demo(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--backend cpu|wasm');
  }, 120_000);
});
