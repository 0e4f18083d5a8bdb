/**
 * Decision models hold together: every option meets or breaks every requirement (with its own
 * reason), qualifiers rank real options and explain each loser, facts and slots exist, and the
 * options are parallel in length so that none stands out.
 */
import { describe, expect, it } from 'vitest';
import { findFact, topics, type DecisionModel } from '../../content/index';

const models: readonly DecisionModel[] = topics.flatMap((t) => t.decisions ?? []);
const slotsIn = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

describe.each(models.map((m) => [m.id, m] as const))('decision model %s', (_, model) => {
  const optionIds = model.options.map((o) => o.id);

  it('has unique option and requirement ids, and is attached to its own topic', () => {
    expect(new Set(optionIds).size).toBe(optionIds.length);
    const reqIds = model.requirements.map((r) => r.id);
    expect(new Set(reqIds).size).toBe(reqIds.length);
    expect(topics.find((t) => t.id === model.topic)?.decisions).toContain(model);
  });

  it('says of every option whether it meets each requirement, or exactly why it breaks it', () => {
    for (const r of model.requirements) {
      for (const id of optionIds) {
        const meets = r.meets.includes(id);
        const reason = r.breaks[id];
        expect(meets !== (reason !== undefined), `${r.id} / ${id}`).toBe(true);
        if (reason !== undefined)
          expect(reason.split(' ').length, `${r.id} / ${id}`).toBeGreaterThanOrEqual(5);
      }
      expect(
        Object.keys(r.breaks).filter((id) => !optionIds.includes(id)),
        r.id,
      ).toEqual([]);
      expect(
        r.meets.filter((id) => !optionIds.includes(id)),
        r.id,
      ).toEqual([]);
    }
  });

  it('ranks only its own options on a qualifier, and explains why each but the best does worse', () => {
    for (const q of model.qualifiers) {
      const ranked = Object.keys(q.rank);
      expect(
        ranked.filter((id) => !optionIds.includes(id)),
        q.id,
      ).toEqual([]);
      const best = Math.min(...Object.values(q.rank));
      for (const id of ranked) {
        if (q.rank[id] !== best) expect(q.worse[id], `${q.id} / ${id}`).toBeDefined();
      }
      expect(q.ask).toMatch(/[A-Z]{4,}/);
    }
  });

  it('rests on facts that exist and fills only slots it defines', () => {
    const facts = [
      ...model.options.flatMap((o) => o.facts),
      ...model.requirements.flatMap((r) => r.facts),
    ];
    expect(facts.filter((id) => findFact(id) === undefined)).toEqual([]);
    const texts = [...model.settings, ...model.requirements.map((r) => r.text)];
    expect(texts.flatMap(slotsIn).filter((name) => model.slots[name] === undefined)).toEqual([]);
  });

  it('writes options within ±10 % of their median length, so that length never points to the key', () => {
    const lengths = model.options.map((o) => o.text.length).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
    const outliers = model.options.filter((o) => Math.abs(o.text.length - median) > 0.1 * median);
    expect(outliers.map((o) => `${o.id} (${o.text.length} vs ${median})`)).toEqual([]);
  });
});

describe('decision models', () => {
  it('exist', () => {
    expect(models.length).toBeGreaterThan(0);
  });
});
