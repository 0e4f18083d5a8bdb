import { describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { listCards } from '../../../src/domain/quiz/generate-questions';

const content = { topics };
const cards = listCards(content);
const subjects = new Set(cards.flatMap((c) => c.subjects.map((s) => `${s.kind}:${s.id}`)));

/** Content items that no card is about. */
function findUncovered(kind: string, ids: readonly string[]): string[] {
  return ids.filter((id) => !subjects.has(`${kind}:${id}`));
}

describe('question bank coverage of the content', () => {
  it('makes every fact the subject of at least one card', () => {
    expect(
      findUncovered(
        'fact',
        topics.flatMap((t) => t.facts.map((f) => f.id)),
      ),
    ).toEqual([]);
  });

  it('makes every table row the subject of at least one card', () => {
    const rows = topics.flatMap((t) =>
      t.tables.flatMap((tb) => tb.rows.map((r) => `${tb.id}#${r.id}`)),
    );
    expect(findUncovered('table-row', rows)).toEqual([]);
  });

  it('makes every checklist item and set the subject of at least one card, and every tip’s facts', () => {
    expect(
      findUncovered(
        'checklist',
        topics.flatMap((t) => t.checklist.map((c) => c.id)),
      ),
    ).toEqual([]);
    expect(
      findUncovered(
        'fact',
        topics.flatMap((t) => t.tips.flatMap((tip) => tip.facts)),
      ),
    ).toEqual([]);
    expect(
      findUncovered(
        'set',
        topics.flatMap((t) => t.sets.map((c) => c.id)),
      ),
    ).toEqual([]);
  });

  it('asks every fact that has a question of its own by that question', () => {
    const ids = new Set(cards.map((c) => c.cardId));
    const missing = topics
      .flatMap((t) => t.facts)
      .filter((f) => f.ask !== undefined)
      .filter((f) => !ids.has(`fact-choice:${f.id}`) && !ids.has(`limit-value:${f.id}`))
      .map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it('yields at least 300 distinct cards across all five kinds and every topic', () => {
    expect(new Set(cards.map((c) => c.cardId)).size).toBeGreaterThanOrEqual(300);
    expect(new Set(cards.map((c) => c.kind))).toEqual(
      new Set(['single-choice', 'multiple-response', 'true-false', 'numeric', 'scenario']),
    );
    // Exam tips are asked through the facts they restate; every other topic has cards of its own.
    const asked = topics.filter((t) => t.facts.length + t.tables.length + t.checklist.length > 0);
    expect(new Set(cards.map((c) => c.topic))).toEqual(new Set(asked.map((t) => t.id)));
  });
});
