import type { Step, StepResult } from '../steps/types.js';
import { histogramSvg } from './histogram-svg.js';

/** The DOM of one cell: where its output, plots and status go. */
export interface CellView {
  readonly root: HTMLElement;
  readonly output: HTMLElement;
  readonly plots: HTMLElement;
  readonly meta: HTMLElement;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Creates the cells for `steps` under `container`, grouped by section, and
 * returns their views keyed by step id.
 *
 * @example
 * ```ts
 * const views = renderCells(document.querySelector('#cells')!, chapterSteps);
 * ```
 */
export function renderCells(container: HTMLElement, steps: readonly Step[]): Map<string, CellView> {
  const views = new Map<string, CellView>();
  let section = '';
  for (const [i, step] of steps.entries()) {
    if (step.section !== section) {
      section = step.section;
      container.append(el('h2', 'section', section));
    }
    const root = el('article', 'cell');
    root.id = `cell-${step.id}`;
    root.dataset['step'] = step.id;
    root.dataset['status'] = 'pending';
    const head = el('h3', undefined, `${i + 1}. ${step.title}`);
    const prose = el('p', 'prose');
    // `code` spans in the prose: odd pieces of a split on backticks are code.
    step.prose.split('`').forEach((piece, k) => prose.append(k % 2 === 1 ? el('code', undefined, piece) : piece));
    const code = el('pre', 'code');
    code.append(el('code', undefined, step.code));
    const meta = el('div', 'meta', 'waiting…');
    const output = el('pre', 'output');
    const plots = el('div', 'plots');
    root.append(head, prose, code, meta, output, plots);
    container.append(root);
    views.set(step.id, { root, output, plots, meta });
  }
  return views;
}

/** Marks every cell as waiting for a run on `backend`. @example `markPending(views, 'cpu')` */
export function markPending(views: Map<string, CellView>, backend: string): void {
  for (const view of views.values()) {
    view.root.dataset['status'] = 'pending';
    view.meta.textContent = `running on ${backend}…`;
  }
}

/**
 * Shows a step's result (or its error) in its cell.
 *
 * @example
 * ```ts
 * showResult(view, { output: 'ok' }, undefined, 'cpu', 1.2);
 * ```
 */
export function showResult(view: CellView, result: StepResult | undefined, error: unknown, backend: string, ms: number): void {
  view.root.dataset['backend'] = backend;
  view.plots.replaceChildren();
  if (result === undefined) {
    view.root.dataset['status'] = 'error';
    view.meta.textContent = `failed on ${backend}`;
    view.output.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return;
  }
  view.root.dataset['status'] = 'ok';
  view.meta.textContent = `ran on ${backend} in ${ms.toFixed(1)} ms`;
  view.output.textContent = result.output;
  for (const plot of result.histograms ?? []) {
    const figure = el('figure', 'plot');
    figure.innerHTML = histogramSvg(plot);
    view.plots.append(figure);
  }
}
