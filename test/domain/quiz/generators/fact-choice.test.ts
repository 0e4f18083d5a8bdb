import { describe, expect, it } from 'vitest';
import type { Fact, Topic } from '../../../../content/schema';
import { factChoiceGenerator } from '../../../../src/domain/quiz/generators/fact-choice';
import { fixtureTopics, triggerFixtureFacts } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

const base = triggerFixtureFacts[1];
const withFacts = (facts: readonly Fact[]): { topics: Topic[] } => ({
  topics: [{ ...fixtureTopics[0], tables: [], sets: [], facts }],
});
const claim = (text: string) => ({ text, why: `${text} is wrong for a stated reason.` });

describe('fact-choice generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(factChoiceGenerator);
  });

  it('asks the fact’s own question, with its statement among three of its own misconceptions', () => {
    const push = triggerFixtureFacts[0];
    for (const q of buildVariants(factChoiceGenerator, 'fact-choice:fx.push', 40)) {
      expect(q.stem).toBe(push.ask);
      const { right, wrong } = splitAnswers(q);
      expect(right).toEqual([push.statement]);
      expect(wrong.sort()).toEqual(push.misconceptions.map((m) => m.text).sort());
    }
  });

  it('explains the key by its mechanism and each wrong option by its own reason', () => {
    const push = triggerFixtureFacts[0];
    const [q] = buildVariants(factChoiceGenerator, 'fact-choice:fx.push', 1);
    for (const o of q?.options ?? []) {
      const expected =
        o.text === push.statement
          ? push.why
          : push.misconceptions.find((m) => m.text === o.text)?.why;
      expect(o.why).toBe(expected);
    }
    expect(q?.takeaway).toBe(push.takeaway);
    expect(q?.docs).toEqual([push.docs.url]);
  });

  it('notes what older material said when the fact has changed', () => {
    const [q] = buildVariants(factChoiceGenerator, 'fact-choice:fx.pull', 1);
    expect(q?.note).toContain('Pull sources push to Lambda');
    expect(q?.note).toContain('Older questions may call this the pull model.');
  });

  it('draws three of four misconceptions, and all of them across variants', () => {
    const facts: Fact[] = [
      {
        ...base,
        id: 'x.a',
        statement: 'A holds here.',
        misconceptions: ['B', 'C', 'D', 'E'].map((x) => claim(`${x} holds here.`)),
      },
    ];
    const seen = new Set<string>();
    for (const q of buildVariants(factChoiceGenerator, 'fact-choice:x.a', 40, withFacts(facts))) {
      expect(q.options).toHaveLength(4);
      for (const w of splitAnswers(q).wrong) seen.add(w);
    }
    expect(seen.size).toBe(4);
  });

  it('never offers a misconception that another fact states as true', () => {
    const facts: Fact[] = [
      {
        ...base,
        id: 'x.a',
        statement: 'A is true.',
        misconceptions: ['B is true.', 'A is false.', 'A is odd.', 'A is even.'].map(claim),
      },
      { ...base, id: 'x.b', statement: 'B is true.', misconceptions: [claim('B is false.')] },
    ];
    for (const q of buildVariants(factChoiceGenerator, 'fact-choice:x.a', 40, withFacts(facts))) {
      expect(q.options.map((o) => o.text)).not.toContain('B is true.');
    }
  });

  it('skips a fact with fewer than three misconceptions, without a question, or that is a limit', () => {
    const noAsk = Object.fromEntries(
      Object.entries(base).filter(([k]) => k !== 'ask'),
    ) as unknown as Fact;
    const facts: Fact[] = [
      { ...base, id: 'x.few', misconceptions: base.misconceptions.slice(0, 2) },
      { ...noAsk, id: 'x.noask' },
    ];
    expect(planWith(factChoiceGenerator, withFacts(facts))).toEqual([]);
    const limits = planWith(factChoiceGenerator).filter((p) => p.cardId.includes('fx.layers'));
    expect(limits).toEqual([]);
  });
});
