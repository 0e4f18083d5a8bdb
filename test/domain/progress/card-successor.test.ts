import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { retiredFacts } from '../../../content/retired-ids';
import { classifiedGenerators, findSuccessor } from '../../../src/domain/progress/card-successor';
import { listCards } from '../../../src/domain/quiz/generate-questions';
import { quizGenerators } from '../../../src/domain/quiz/generators';

const bank = new Set(listCards({ topics }).map((card) => card.cardId));
const inBank = (cardId: string) => bank.has(cardId);
/** A bank of just these ids. */
const only =
  (...ids: string[]) =>
  (cardId: string) =>
    ids.includes(cardId);

/** Every card id of the released bank (the last version that wrote progress format 2). */
const releasedIds = readFileSync(
  new URL('../../fixtures/progress/v2-released-card-ids.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line !== '');

describe('findSuccessor', () => {
  it('leaves a card the bank still has where it is', () => {
    expect(findSuccessor('fact-choice:a.b', only('fact-choice:a.b', 'true-false:a.b'))).toBe(
      undefined,
    );
  });

  it.each(Object.entries(retiredFacts))('moves cards of the merged fact %s to %s', (old, kept) => {
    for (const generator of ['fact-choice', 'true-false', 'definition-meaning', 'limit-value']) {
      expect(findSuccessor(`${generator}:${old}`, only(`fact-choice:${kept}`))).toBe(
        `fact-choice:${kept}`,
      );
      const successor = findSuccessor(`${generator}:${old}`, inBank);
      expect(successor?.endsWith(`:${kept}`) && bank.has(successor)).toBe(true);
    }
  });

  it('asks a fact by its own question first, then its definition, figure, set and statement', () => {
    const order = ['fact-choice', 'definition-term', 'limit-value', 'set-choice', 'true-false'];
    for (let i = 0; i < order.length; i++) {
      const current = order.slice(i).map((generator) => `${generator}:a.b`);
      expect(findSuccessor('definition-meaning:a.b', only(...current))).toBe(current[0]);
    }
  });

  it('moves each removed generator to a surviving one of the same subject', () => {
    const current = only(
      'fact-choice:a.b',
      'definition-term:a.b',
      'checklist-fix:checklist.x',
      'checklist-why:checklist.x',
      'table-ask:t.table#row/column',
      'table-which:t.table#row/column',
    );
    expect(findSuccessor('definition-meaning:a.b', current)).toBe('fact-choice:a.b');
    expect(findSuccessor('checklist-severity:checklist.x', current)).toBe(
      'checklist-why:checklist.x',
    );
    expect(findSuccessor('checklist-severity:checklist.x', only('checklist-fix:checklist.x'))).toBe(
      'checklist-fix:checklist.x',
    );
    expect(findSuccessor('true-false:a.b', current)).toBe('fact-choice:a.b');
    expect(
      findSuccessor('table-which:t.table#row/other', only('table-ask:t.table#row/other')),
    ).toBe('table-ask:t.table#row/other');
  });

  it('gives no successor to cards whose subject no surviving generator asks', () => {
    // A whole topic, an exam tip's blank: nothing asks them any more. `numeric:concurrency` is
    // a formula problem that happens to share the topic's id: another subject.
    const current = only(
      'numeric:concurrency',
      'fact-choice:concurrency',
      'fact-choice:exam-tips.x',
    );
    expect(findSuccessor('facts-multi:concurrency', current)).toBe(undefined);
    expect(findSuccessor('fill-blank:exam-tips.x#1', current)).toBe(undefined);
    expect(findSuccessor('fill-blank:exam-tips.x', current)).toBe(undefined);
    // A fact no generator asks, a cell no longer in its table, unknown forms.
    expect(findSuccessor('true-false:a.gone', current)).toBe(undefined);
    expect(findSuccessor('table-which:t.table#row/gone', current)).toBe(undefined);
    expect(findSuccessor('fact:concurrency', current)).toBe(undefined);
    expect(findSuccessor('concurrency', current)).toBe(undefined);
    expect(findSuccessor('constructor:a.b', only('fact-choice:a.b'))).toBe(undefined);
    expect(findSuccessor('decision:model/case', only('decision:model/other'))).toBe(undefined);
  });

  it('knows the subject kind of every generator of the bank', () => {
    expect(
      quizGenerators.map((g) => g.id).filter((id) => !classifiedGenerators.includes(id)),
    ).toEqual([]);
  });
});

describe('the released bank against the current one', () => {
  const successors = new Map(releasedIds.map((id) => [id, findSuccessor(id, inBank)]));
  const gone = releasedIds.filter((id) => !bank.has(id));

  it('finds a current successor for every released card that has one', () => {
    for (const [, successor] of successors)
      if (successor !== undefined) expect(bank.has(successor)).toBe(true);
    const orphans = gone.filter((id) => successors.get(id) === undefined);
    // What the bank no longer asks at all: whole-topic questions, exam-tip blanks, and the
    // ordering of sources that have none.
    expect(orphans.filter((id) => !/^(facts-multi|fill-blank):/.test(id))).toEqual([
      'table-ask:triggers.sources#api-gateway-alb/ordering',
      'table-ask:triggers.sources#cognito/ordering',
      'table-ask:triggers.sources#step-functions/ordering',
      'table-which:triggers.sources#api-gateway-alb/ordering',
      'table-which:triggers.sources#cognito/ordering',
      'table-which:triggers.sources#step-functions/ordering',
    ]);
  });

  it('moves every released card of a removed generator that has a subject left', () => {
    for (const generator of ['definition-meaning', 'checklist-severity']) {
      const ids = releasedIds.filter((id) => id.startsWith(`${generator}:`));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(successors.get(id)).toBeDefined();
    }
  });

  it('keeps the learning of the merged facts the released bank asked', () => {
    expect(successors.get('fact-choice:permissions.layer-grant')).toBe(
      'fact-choice:layers.cross-account',
    );
    expect(successors.get('true-false:versions.provisioned-concurrency')).toBe(
      'fact-choice:concurrency.provisioned-version-alias',
    );
  });
});
