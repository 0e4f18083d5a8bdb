/**
 * An independent recomputation of calculation questions from the numbers in their stems, so
 * that a wrong formula in the engine cannot also be wrong in the test.
 */
import type { Question } from '../../../src/domain/quiz/question';

/** The answer text the engine should show for a recomputed figure. */
export function formatFigure(n: number, subject: string): string {
  return `${n.toLocaleString('en-US')}${subject === 'sqs-visibility-timeout' ? ' s' : ''}`;
}

const numberAt = (text: string, re: RegExp) =>
  Number((re.exec(text)?.[1] ?? 'NaN').replace(/,/g, ''));

/** Recomputes a calculation question's answer from the numbers in its stem. */
export function recomputeNumeric(q: Question): number {
  const subject = q.cardId.split(':')[1];
  const s = q.stem;
  switch (subject) {
    case 'concurrency':
      return Math.round(
        (numberAt(s, /sends ([\d,]+) requests per second/) * numberAt(s, /takes ([\d.,]+) ms/)) /
          1000,
      );
    case 'stream-concurrency':
      return numberAt(s, /has (\d+) active shards/) * numberAt(s, /ParallelizationFactor to (\d+)/);
    case 'sqs-visibility-timeout':
      return 6 * numberAt(s, /timeout is ([\d,]+) seconds/);
    case 'unreserved-concurrency':
    case 'new-reservation': {
      const limit = numberAt(s, /quota in a Region is ([\d,]+)/);
      const reserved = [
        ...s.matchAll(/\b(?:orders|payments|reports|another) has ([\d,]+)/g),
      ].reduce((sum, x) => sum + Number((x[1] ?? '').replace(/,/g, '')), 0);
      return limit - reserved - (subject === 'new-reservation' ? 100 : 0);
    }
    default:
      return NaN;
  }
}
