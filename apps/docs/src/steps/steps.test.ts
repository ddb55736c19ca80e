import { memory, registerBackend, setBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { chapterSteps, createSession } from './index.js';

async function runChapter(): Promise<Map<string, string>> {
  const outputs = new Map<string, string>();
  const session = createSession();
  try {
    for (const step of chapterSteps) outputs.set(step.id, (await step.run(session)).output);
  } finally {
    session.dispose();
  }
  return outputs;
}

describe('chapter steps', () => {
  beforeAll(async () => {
    registerBackend(cpu());
    await setBackend('cpu');
  });

  it('have unique ids and show code', () => {
    const ids = chapterSteps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of chapterSteps) expect(step.code.length, step.id).toBeGreaterThan(0);
  });

  it('print the same text on every run (seeded), and free every tensor they make', async () => {
    const before = memory().numTensors;
    const first = await runChapter();
    expect(memory().numTensors).toBe(before);
    const second = await runChapter();
    expect(memory().numTensors).toBe(before);
    expect(second).toEqual(first);
  });

  it('draw initializer histograms whose counts add up to the kernel size', async () => {
    const session = createSession();
    try {
      const counts: Record<string, number> = {};
      for (const step of chapterSteps) {
        for (const plot of (await step.run(session)).histograms ?? []) {
          counts[plot.title] = plot.counts.reduce((a, b) => a + b, 0);
          expect(plot.edges).toHaveLength(plot.counts.length + 1);
        }
      }
      // Every histogram is of the 20 × 256 hidden kernel.
      expect(counts).toEqual({
        'randomNormal({ mean: 0, stddev: 0.01 })': 5120,
        'constant(1)': 5120,
        'glorotNormal()': 5120,
        myInit: 5120,
      });
    } finally {
      session.dispose();
    }
  });

  it('say which earlier cell they need when run out of order', () => {
    const weights = chapterSteps.find((s) => s.id === 'weights')!;
    const session = createSession();
    expect(() => weights.run(session)).toThrow('run the chapter in order');
  });
});
