import { describe, expect, it } from 'vitest';
import {
  countWords,
  findEchoedWords,
  findPastedTitle,
  listContentWords,
} from '../../../../src/domain/quiz/lint/lint-wording';

describe('lint wording', () => {
  it('lists content words in the singular, without short and common words', () => {
    expect([...listContentWords('Which layers does the function use for its handlers?')]).toEqual([
      'layer',
      'function',
      'handler',
    ]);
  });

  it('finds stem words that a right option repeats and no wrong option does', () => {
    expect(
      findEchoedWords('How are batches retried?', ['Failed batches retry'], ['Nothing']),
    ).toEqual(['batche']);
    expect(
      findEchoedWords('How are batches retried?', ['Failed batches'], ['Whole batches']),
    ).toEqual([]);
  });

  it('finds a pasted title of three words or more, but not a short name', () => {
    expect(findPastedTitle('About Lambda layers here', ['Lambda layers'])).toBeUndefined();
    expect(findPastedTitle('What of the cold start timeline?', ['Cold start timeline'])).toBe(
      'Cold start timeline',
    );
  });

  it('counts words, keeping figures and names whole', () => {
    expect(countWords('Up to 1,000 executions in us-east-1.')).toBe(6);
  });
});
