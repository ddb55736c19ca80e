import type { HistogramPlot } from '../steps/types.js';

const W = 400;
const H = 200;
const PAD = { left: 40, right: 10, top: 36, bottom: 26 };

function esc(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function tick(x: number): string {
  return Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(1) : Number(x.toPrecision(3)).toString();
}

/**
 * An SVG of a histogram (bars, as a density: count / (n · bin width)) with
 * the theoretical density drawn over it as a line, and point masses as
 * labelled arrows. Pure: returns markup, so it is testable without a DOM.
 *
 * @example
 * ```ts
 * element.innerHTML = histogramSvg(plot);
 * ```
 */
export function histogramSvg(plot: HistogramPlot): string {
  const { edges, counts, density } = plot;
  const n = counts.reduce((a, b) => a + b, 0);
  const lo = edges[0]!;
  const hi = edges[edges.length - 1]!;
  const span = hi - lo || 1;
  const heights = counts.map((c, i) => (n === 0 ? 0 : c / (n * (edges[i + 1]! - edges[i]! || 1))));
  const samples = Array.from({ length: 121 }, (_, i) => lo + (span * i) / 120);
  const curve = samples.map((x) => density.pdf(x));
  const atoms = (density.atoms ?? []).filter((a) => a.x >= lo && a.x <= hi);
  // Bars under an atom are a point mass spread over one bin: they would flatten the continuous part.
  const atomBins = new Set(atoms.map((a) => Math.min(counts.length - 1, Math.floor(((a.x - lo) / span) * counts.length))));
  const continuous = curve.some((v) => v > 0);
  const scaled = continuous ? heights.filter((_, i) => !atomBins.has(i)) : heights;
  const top = Math.max(...scaled, ...curve, 1e-12) * 1.1;
  const px = (x: number) => PAD.left + ((x - lo) / span) * (W - PAD.left - PAD.right);
  const py = (y: number) => H - PAD.bottom - (Math.min(y, top) / top) * (H - PAD.top - PAD.bottom);
  const bars = heights
    .map((h, i) => {
      const x0 = px(edges[i]!);
      const x1 = px(edges[i + 1]!);
      const clipped = h > top ? ' class="clipped"' : '';
      return `<rect${clipped} x="${x0.toFixed(1)}" y="${py(h).toFixed(1)}" width="${Math.max(0.5, x1 - x0 - 0.5).toFixed(1)}" height="${(H - PAD.bottom - py(h)).toFixed(1)}"/>`;
    })
    .join('');
  const line = continuous
    ? `<polyline class="pdf" points="${samples.map((x, i) => `${px(x).toFixed(1)},${py(curve[i]!).toFixed(1)}`).join(' ')}"/>`
    : '';
  const arrows = atoms
    .map((a) => `<line class="atom" x1="${px(a.x).toFixed(1)}" x2="${px(a.x).toFixed(1)}" y1="${H - PAD.bottom}" y2="${PAD.top}"/>` +
      `<text class="atom-label" x="${(px(a.x) + 4).toFixed(1)}" y="${PAD.top + 10}">mass ${a.mass}</text>`)
    .join('');
  const axis = `<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}"/>` +
    `<text x="${PAD.left}" y="${H - 8}">${tick(lo)}</text>` +
    `<text x="${W - PAD.right}" y="${H - 8}" text-anchor="end">${tick(hi)}</text>` +
    `<text x="${PAD.left - 4}" y="${PAD.top + 4}" text-anchor="end">${tick(top)}</text>`;
  const title =
    `<text class="title" x="${PAD.left}" y="13">${esc(plot.title)}: ${n} draws</text>` +
    `<text class="legend" x="${PAD.left}" y="26"><tspan class="swatch-bar">■</tspan> histogram (density)  ` +
    `<tspan class="swatch-pdf">━</tspan> ${esc(density.label)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="histogram" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(plot.title)} histogram">${title}<g class="bars">${bars}</g>${line}${arrows}${axis}</svg>`;
}
