/** Small text helpers shared by the generators. */
import type { Quantity, Unit } from '../../../content/schema';
import { memoizeByText } from '../lib/memoize';

/**
 * Lower-cased, trimmed, single-spaced, without a trailing full stop: used to compare option texts.
 * Kept per text: planning the bank compares the same few thousand content strings many times
 * over, and the regular expressions were its largest single cost on a phone.
 */
export const normalizeText = memoizeByText((text: string): string =>
  text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, ''),
);

/** Formats a number the way the study document does: 1,000 or 0.2. */
export function formatNumber(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function unitSuffix(unit: Unit): string {
  if (unit === 'count') return '';
  if (unit === 'percent') return '%';
  return ` ${unit}`;
}

/** "250 MB", "5", "50–200 ms". */
export function formatQuantity(q: Quantity): string {
  if (q.kind === 'exact') return `${formatNumber(q.n)}${unitSuffix(q.unit)}`;
  return `${formatNumber(q.min)}–${formatNumber(q.max)}${unitSuffix(q.unit)}`;
}

/** Every number written in a text ("10,000", "0.2", "1ms" → 10000, 0.2, 1). */
export function extractNumbers(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** "two", "three": the wording of the exams' "(Choose two.)". */
export function spellCount(n: number): string {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five'];
  return words[n] ?? String(n);
}

/** "(Choose two.)": the instruction that ends a multiple-response stem. */
export function describePick(n: number): string {
  return `(Choose ${spellCount(n)}.)`;
}

/**
 * Whether a text states a number: a figure standing as a word of its own ("5 layers", "Java
 * 11", "1,000"), not a digit inside a name such as S3, EC2 or us-east-1.
 */
export function containsNumber(text: string): boolean {
  return /(?:^|[\s(“"'‘/])\d/.test(text);
}
