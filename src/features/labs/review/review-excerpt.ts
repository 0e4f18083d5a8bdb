/** The lines of a template around a finding, for display as text. */

export type ExcerptLine = Readonly<{ number: number; text: string; target: boolean }>;

/** Longest line shown; a minified JSON template may be one line of a megabyte. */
const MAX_LINE_CHARS = 160;

/** Splits a template into lines the way the reviewer counts them (\n, with \r\n tolerated). */
export function splitTemplateLines(text: string): readonly string[] {
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/**
 * Lines `line - radius` … `line + radius` (1-based), each cut to a readable length.
 * @returns an empty list when the line is outside the text
 */
export function excerptAround(
  lines: readonly string[],
  line: number,
  radius = 2,
): readonly ExcerptLine[] {
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return [];
  const first = Math.max(1, line - radius);
  const last = Math.min(lines.length, line + radius);
  const out: ExcerptLine[] = [];
  for (let n = first; n <= last; n++) {
    const raw = lines[n - 1] ?? '';
    const text = raw.length > MAX_LINE_CHARS ? `${raw.slice(0, MAX_LINE_CHARS)}…` : raw;
    out.push({ number: n, text, target: n === line });
  }
  return out;
}
