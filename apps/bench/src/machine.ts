import os from 'node:os';

/** What the numbers were measured on; written into the JSON and RESULTS.md. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  readonly gpu: string;
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    // The bench runs only the cpu and wasm backends; no GPU is involved (none on the dev machine).
    gpu: 'none',
  };
}

export function machineLine(m: MachineInfo): string {
  return `${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB RAM, Node.js ${m.node}, ${m.platform}, GPU: ${m.gpu}`;
}
