/**
 * The bank linter over the whole question bank: every card of the real content, a few seeds.
 * A failure names each card id and the rule it breaks.
 */
import { describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { generateBank } from '../../../src/domain/quiz/generate-questions';
import { listContentTitles } from '../../../src/domain/quiz/lint/content-titles';
import { lintBank } from '../../../src/domain/quiz/lint/lint-bank';

const titles = listContentTitles(topics);

describe('the question bank', () => {
  it.each([1, 7, 42])('passes every rule of the linter (seed %i)', (seed) => {
    const findings = lintBank(generateBank({ topics }, seed), titles);
    expect(findings.map((f) => `${f.cardId} [${f.rule}] ${f.message}`)).toEqual([]);
  });
});
