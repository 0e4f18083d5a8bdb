/** Reads the `[[answer]]` markers of an exam tip. */
import { memoizeByText } from '../../lib/memoize';

export type TipBlanks = Readonly<{
  /** The tip as plain text, markers removed. */
  plain: string;
  /** The hidden answers, in order. */
  answers: readonly string[];
  /** The tip with blank `i` shown as a gap and the other markers removed. */
  withGap: (i: number) => string;
}>;

export const gap = '_____';

const marker = /\[\[([^\]]+)\]\]/g;

/**
 * Splits a tip into its plain text and its blanks. Kept per text: every blank's distractors
 * come from the other tips' blanks, so each tip is read once per blank in the bank.
 */
export const parseTipBlanks = memoizeByText(readTipBlanks);

function readTipBlanks(text: string): TipBlanks {
  const answers = [...text.matchAll(marker)].map((m) => (m[1] ?? '').trim());
  const withGap = (i: number) => {
    let n = -1;
    return text.replace(marker, (_, answer: string) => {
      n += 1;
      return n === i ? gap : answer.trim();
    });
  };
  return { plain: withGap(-1), answers, withGap };
}

/** A blank that is a figure: "10,000", "15 minutes", "250 MB". */
export type FigureBlank = Readonly<{ n: number; unit: string; space: string }>;

/** The figure in a blank, or undefined when the blank is words. */
export function readFigure(answer: string): FigureBlank | undefined {
  const m = /^(\d[\d,]*(?:\.\d+)?)(\s*)([A-Za-z%]*)$/.exec(answer.trim());
  if (m === null) return undefined;
  return { n: Number((m[1] ?? '').replace(/,/g, '')), space: m[2] ?? '', unit: m[3] ?? '' };
}
