/** The page's own light or dark scheme, read from its background colour. Pure over colour strings. */

function parseRgb(color: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/**
 * 'dark' or 'light' from the first opaque enough background among `backgrounds` (body's,
 * then the root's, as computed styles give them); null when none says (then the reader's
 * preference decides).
 */
export function schemeOf(backgrounds: readonly string[]): 'light' | 'dark' | null {
  for (const color of backgrounds) {
    const rgb = parseRgb(color);
    if (!rgb || rgb.a < 0.5) continue;
    const luminance = (0.2126 * rgb.r + 0.7152 * rgb.g + 0.0722 * rgb.b) / 255;
    return luminance < 0.45 ? 'dark' : 'light';
  }
  return null;
}
