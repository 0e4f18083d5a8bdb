/**
 * Number inputs hold text while the learner types ("", "1.", "2e"); these helpers turn a
 * setup into that text and back.
 */

/** The text an input shows for a value; empty for an absent optional value. */
export function formatDraftNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/**
 * Reads a number input's text. `<input type="number">` reports unparsable text as "",
 * which becomes NaN here so the validator can say "must be a number".
 */
export function parseDraftNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** Like `parseDraftNumber`, but an empty input means "none". */
export function parseOptionalDraftNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : parseDraftNumber(text);
}

/** Maps every key of a record of numbers to its input text. */
export function formatDraftNumbers<Field extends string>(
  fields: readonly Field[],
  values: Readonly<Partial<Record<Field, number>>>,
): Record<Field, string> {
  const out = {} as Record<Field, string>;
  for (const field of fields) out[field] = formatDraftNumber(values[field]);
  return out;
}
