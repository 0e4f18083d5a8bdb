import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DecisionModel } from '../../../../content/schema';
import { createRng } from '../../../../src/domain/lib/rng';
import { indexContent } from '../../../../src/domain/quiz/content-index';
import {
  describeCaseId,
  listDecisionCases,
  MAX_CASES_PER_MODEL,
  selectCases,
} from '../../../../src/domain/quiz/decisions/decision-cases';
import { decisionScenarioGenerator } from '../../../../src/domain/quiz/generators/decision-scenario';
import { deliveryModel, fixtureContent, fixtureTopics } from '../fixture-content';
import {
  buildCard,
  buildVariants,
  expectInvariantsHold,
  planWith,
  splitAnswers,
} from '../generator-harness';

const text = (id: string) => deliveryModel.options.find((o) => o.id === id)?.text ?? id;

/** The fixture with its decision model replaced. */
function withModel(model: DecisionModel) {
  return {
    topics: fixtureTopics.map((t) =>
      t.decisions === undefined ? t : { ...t, decisions: [model] },
    ),
  };
}

describe('decision scenario generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(decisionScenarioGenerator);
  });

  it('keys the one option that meets every stated requirement', () => {
    const q = buildCard(decisionScenarioGenerator, 'decision:fx-delivery/replay', 1);
    expect(splitAnswers(q).right).toEqual([text('stream')]);
    expect(q.kind).toBe('scenario');
  });

  it('asks "Choose two" when two options meet the requirements and no qualifier is asked', () => {
    const q = buildCard(decisionScenarioGenerator, 'decision:fx-delivery/order', 3);
    expect(q.kind).toBe('multiple-response');
    expect(q.stem).toContain('(Choose two.)');
    expect(splitAnswers(q).right.sort()).toEqual([text('ordered-queue'), text('stream')].sort());
    expect(splitAnswers(q).wrong).toHaveLength(3);
  });

  it('lets the qualifier pick the best of the options that fit and says why the others lose', () => {
    const q = buildCard(decisionScenarioGenerator, 'decision:fx-delivery/order@overhead', 5);
    expect(q.stem).toContain('LEAST operational overhead');
    expect(splitAnswers(q).right).toEqual([text('ordered-queue')]);
    const stream = q.options.find((o) => o.text === text('stream'));
    expect(stream?.why).toBe(
      'It meets the requirements, but it does not have the least operational overhead: a stream needs its shards sized and watched by the team.',
    );
  });

  it('shows a wrong option ruled out by each stated requirement, each explained by one of them', () => {
    const labels = ['order per customer', 'several consumers'];
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const q = buildCard(decisionScenarioGenerator, 'decision:fx-delivery/order+fan-out', seed);
        const wrong = q.options.filter((o) => !q.correct.includes(o.id));
        const cited = wrong.map((o) =>
          labels.filter((l) => o.why.includes(`requirement for ${l}:`)),
        );
        expect(cited.every((c) => c.length === 1)).toBe(true);
        expect(new Set(cited.flat())).toEqual(new Set(labels));
      }),
      { numRuns: 50 },
    );
    const q = buildCard(decisionScenarioGenerator, 'decision:fx-delivery/order+fan-out', 2);
    const topic = q.options.find((o) => o.text === text('topic'));
    expect(topic?.why).toBe(
      'It does not meet the requirement for order per customer: a topic pushes events in no particular order at all.',
    );
    const key = q.options.find((o) => q.correct.includes(o.id));
    expect(key?.why).toContain(
      'It meets the requirements for order per customer and several consumers.',
    );
  });

  it('drops a case where a stated requirement would rule out no option on screen', () => {
    // two requirements that only the direct call breaks cannot each rule out an option of their own
    const onlyDirect = (id: string) => ({
      ...deliveryModel.requirements[0],
      id,
      label: id,
      meets: ['queue', 'ordered-queue', 'stream', 'topic'],
      breaks: { direct: 'a direct call waits for the function.' },
    });
    const model: DecisionModel = {
      ...deliveryModel,
      requirements: [deliveryModel.requirements[0], onlyDirect('no-wait'), onlyDirect('no-block')],
    };
    const ids = listDecisionCases(model).map(describeCaseId);
    expect(ids).toContain('order+no-wait');
    expect(ids).toContain('order+no-block');
    expect(ids).not.toContain('order+no-wait+no-block');
  });

  it('states every requirement in the stem with its slots filled', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const q = buildCard(decisionScenarioGenerator, 'decision:fx-delivery/order+replay', seed);
        expect(q.stem).not.toMatch(/[{}]/);
        expect(q.stem).toMatch(/handled in the order they occurred/);
        expect(q.stem).toMatch(/the last (two|three) days a second time/);
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same question for the same seed and varies the stem across seeds', () => {
    const [a, b] = [1, 1].map((s) =>
      buildCard(decisionScenarioGenerator, 'decision:fx-delivery/replay', s),
    );
    expect(a).toEqual(b);
    const stems = buildVariants(decisionScenarioGenerator, 'decision:fx-delivery/replay', 20).map(
      (q) => q.stem,
    );
    expect(new Set(stems).size).toBeGreaterThan(1);
  });

  it('tags cases with one requirement, qualified or not, for the associate exam, and trade-offs of several for both', () => {
    const cards = planWith(decisionScenarioGenerator);
    const exams = (id: string) =>
      cards.find((c) => c.cardId === `decision:fx-delivery/${id}`)?.exams;
    expect(exams('replay')).toEqual(['DVA-C02']);
    expect(exams('order+fan-out')).toEqual(['DVA-C02', 'SAP-C02']);
    expect(exams('order@overhead')).toEqual(['DVA-C02']);
  });

  it('plans in one step per model the same cards as planning at once', () => {
    const index = indexContent(fixtureContent);
    const steps = decisionScenarioGenerator.planSteps?.(index) ?? [];
    expect(steps).toHaveLength(1);
    expect(steps.flatMap((s) => s().map((c) => c.cardId))).toEqual(
      decisionScenarioGenerator.planCards(index).map((c) => c.cardId),
    );
  });
});

describe('listDecisionCases', () => {
  it('asks no qualifier when two fitting options tie on it', () => {
    // a plain queue that fans out ties with the topic on overhead (both rank 1)
    const tied: DecisionModel = {
      ...deliveryModel,
      requirements: deliveryModel.requirements.map((r) =>
        r.id === 'fan-out' ? { ...r, meets: ['stream', 'topic', 'queue'] } : r,
      ),
    };
    const ids = listDecisionCases(tied).map(describeCaseId);
    expect(ids).not.toContain('fan-out@overhead');
    expect(listDecisionCases(deliveryModel).map(describeCaseId)).toContain('fan-out@overhead');
    expect(planWith(decisionScenarioGenerator, withModel(tied)).map((c) => c.cardId)).not.toContain(
      'decision:fx-delivery/fan-out@overhead',
    );
  });

  it('keeps only cases with one to three winners and three wrong options at least', () => {
    for (const c of listDecisionCases(deliveryModel)) {
      expect(c.winners.length).toBeGreaterThanOrEqual(1);
      expect(c.winners.length).toBeLessThanOrEqual(c.qualifier === undefined ? 3 : 1);
      expect(c.losers.length).toBeGreaterThanOrEqual(3);
      for (const w of c.winners) for (const r of c.requirements) expect(r.meets).toContain(w.id);
    }
  });
});

describe('selectCases', () => {
  const cases = listDecisionCases(deliveryModel);

  it('keeps every case when there are no more than the cap', () => {
    expect(selectCases(cases).length).toBe(Math.min(cases.length, MAX_CASES_PER_MODEL));
    expect(selectCases(cases, cases.length)).toHaveLength(cases.length);
  });

  it('asks every requirement and qualifier even under a tight cap, in a stable order', () => {
    const parts = new Set<string>(deliveryModel.requirements.map((r) => r.id));
    parts.add('@overhead');
    // one slot more than the parts: a question with no qualifier is a part of its own
    fc.assert(
      fc.property(fc.integer({ min: parts.size + 1, max: cases.length }), (max) => {
        const chosen = selectCases(cases, max);
        expect(chosen).toHaveLength(max);
        const asked = new Set(
          chosen.flatMap((c) => [
            ...c.requirements.map((r) => r.id),
            ...(c.qualifier === undefined ? [] : [`@${c.qualifier.id}`]),
          ]),
        );
        expect([...parts].filter((p) => !asked.has(p))).toEqual([]);
        expect(selectCases(cases, max)).toEqual(chosen);
      }),
      { numRuns: 30 },
    );
  });

  it('draws the same cases whatever order they were listed in', () => {
    const shuffled = createRng(9).shuffle(cases);
    expect(selectCases(shuffled, 4).map(describeCaseId)).toEqual(
      selectCases(cases, 4).map(describeCaseId),
    );
  });
});
