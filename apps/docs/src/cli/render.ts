import type { Step } from '../steps/types.js';

/** Whether to colour: a terminal that did not ask for NO_COLOR. */
export interface RenderStyle {
  readonly color: boolean;
}

const paint = (on: boolean, code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A step as the chapter shows it: heading, prose, the code (indented), then
 * what it printed.
 *
 * @example
 * ```ts
 * process.stdout.write(renderStep(step, 2, output, { color: false }));
 * ```
 */
export function renderStep(step: Step, index: number, output: string, style: RenderStyle): string {
  const bold = paint(style.color, '1');
  const dim = paint(style.color, '2');
  const cyan = paint(style.color, '36');
  const heading = `${index}. ${step.title}`;
  return [
    bold(`${heading}  ${dim(`· ${step.section}`)}`),
    bold('─'.repeat(Math.min(78, heading.length + step.section.length + 4))),
    ...wrap(step.prose.replaceAll('`', ''), 78),
    '',
    ...step.code.split('\n').map((l) => cyan(`    ${l}`)),
    '',
    dim('Output:'),
    output,
    '',
    '',
  ].join('\n');
}

/**
 * The closing line: backend, threads and wall time, e.g.
 * `Ran 14 steps on wasm (2 threads, SIMD) in 1.84 s`.
 *
 * @example
 * ```ts
 * summaryLine(14, { name: 'cpu', threads: 1, simd: false }, 812);
 * ```
 */
export function summaryLine(steps: number, info: { name: string; threads: number; simd: boolean }, ms: number): string {
  const threads = `${info.threads} thread${info.threads === 1 ? '' : 's'}`;
  return `Ran ${steps} steps on backend ${info.name} (${threads}${info.simd ? ', SIMD' : ''}) in ${(ms / 1000).toFixed(2)} s`;
}
