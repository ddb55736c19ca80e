/**
 * The printed part of an array: for a summarized array only the edge items
 * (numpy's `_leading_trailing`), laid out row-major in `kept` dimensions, with
 * the original `shape` so that `...` lands where numpy puts it.
 */
export interface EdgeView<T> {
  readonly shape: readonly number[];
  readonly kept: readonly number[];
  readonly data: T;
  readonly summarized: boolean;
}

/** Layout arguments of {@link formatArray} (numpy's `_formatArray`). */
export interface LayoutArgs {
  readonly lineWidth: number;
  readonly nextLinePrefix: string;
  readonly separator: string;
  readonly edgeItems: number;
}

/** For each axis, the source indices numpy keeps (all, or leading + trailing edges). */
export function keptIndices(shape: readonly number[], summarized: boolean, edgeItems: number): number[][] {
  return shape.map((d) => {
    if (!summarized || d <= 2 * edgeItems) return Array.from({ length: d }, (_, i) => i);
    const lead = Array.from({ length: edgeItems }, (_, i) => i);
    // numpy slices a[-edgeitems:]; with edgeitems 0 that is the whole axis.
    const start = edgeItems === 0 ? 0 : d - edgeItems;
    return [...lead, ...Array.from({ length: d - start }, (_, i) => start + i)];
  });
}

function extendLine(s: string, line: string, word: string, width: number, prefix: string): [string, string] {
  // numpy does not wrap when wrapping would not help (line holds only the indent).
  if (line.length + word.length > width && line.length > prefix.length) {
    return [`${s}${line.trimEnd()}\n`, prefix + word];
  }
  return [s, line + word];
}

/**
 * numpy's `_formatArray`: nests brackets, wraps rows at `lineWidth` with a
 * hanging indent and inserts `...` for summarized axes.
 */
export function formatArray<T>(view: EdgeView<T>, format: (offset: number) => string, a: LayoutArgs): string {
  const { shape, kept } = view;
  const ndim = shape.length;
  const strides: number[] = new Array<number>(ndim);
  let acc = 1;
  for (let i = ndim - 1; i >= 0; i--) {
    strides[i] = acc;
    acc *= kept[i]!;
  }
  const sepTrim = a.separator.trimEnd();

  const recurse = (axis: number, offset: number, hanging: string, width: number): string => {
    if (axis === ndim) return format(offset);
    const nextHanging = `${hanging} `;
    const nextWidth = width - 1;
    const len = shape[axis]!;
    const k = kept[axis]!;
    const stride = strides[axis]!;
    const summary = view.summarized && 2 * a.edgeItems < len;
    const leading = summary ? a.edgeItems : 0;
    const trailing = summary ? a.edgeItems : len;
    const child = (i: number): string => recurse(axis + 1, offset + i * stride, nextHanging, nextWidth);
    let s = '';
    if (axis === ndim - 1) {
      const elemWidth = width - Math.max(sepTrim.length, 1);
      let line = hanging;
      for (let i = 0; i < leading; i++) {
        [s, line] = extendLine(s, line, child(i), elemWidth, hanging);
        line += a.separator;
      }
      if (summary) {
        [s, line] = extendLine(s, line, '...', elemWidth, hanging);
        line += a.separator;
      }
      for (let i = trailing; i > 1; i--) {
        [s, line] = extendLine(s, line, child(k - i), elemWidth, hanging);
        line += a.separator;
      }
      [s, line] = extendLine(s, line, child(k - 1), elemWidth, hanging);
      s += line;
    } else {
      const lineSep = sepTrim + '\n'.repeat(ndim - axis - 1);
      for (let i = 0; i < leading; i++) s += hanging + child(i) + lineSep;
      if (summary) s += `${hanging}...${lineSep}`;
      for (let i = trailing; i > 1; i--) s += hanging + child(k - i) + lineSep;
      s += hanging + child(k - 1);
    }
    return `[${s.slice(hanging.length)}]`;
  };
  return recurse(0, 0, a.nextLinePrefix, a.lineWidth);
}
