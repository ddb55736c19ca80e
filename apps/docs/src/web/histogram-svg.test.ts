import { describe, expect, it } from 'vitest';
import { normalDensity } from '../lib/density.js';
import { histogramSvg } from './histogram-svg.js';

describe('histogramSvg', () => {
  it('draws one bar per bin, the density line and the axis range', () => {
    const svg = histogramSvg({
      title: 'randomNormal',
      edges: [-0.02, -0.01, 0, 0.01, 0.02],
      counts: [16, 34, 34, 16],
      density: normalDensity(0, 0.01),
    });
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain('<polyline class="pdf"');
    expect(svg).toContain('>-0.02<');
    expect(svg).toContain('randomNormal: 100 draws');
    expect(svg).toContain('N(0, 0.01²)');
  });

  it('scales bars as a density: a bin holding all n draws over width w has height 1/w', () => {
    // Two bins of width 1, all mass in the first: height 1, the tallest thing, so it reaches the top margin.
    const svg = histogramSvg({ title: 't', edges: [0, 1, 2], counts: [10, 0], density: { label: 'none', pdf: () => 0 } });
    const heights = [...svg.matchAll(/height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights[0]).toBeGreaterThan(100);
    expect(heights[1]).toBe(0);
  });

  it('marks point masses and escapes titles', () => {
    const svg = histogramSvg({
      title: '<mine>',
      edges: [-1, 0, 1],
      counts: [0, 8],
      density: { label: 'atom', pdf: () => 0, atoms: [{ x: 0.5, mass: 1 }] },
    });
    expect(svg).toContain('mass 1');
    expect(svg).toContain('&lt;mine&gt;');
  });
});
