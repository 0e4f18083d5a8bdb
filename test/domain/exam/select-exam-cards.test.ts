import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examProfiles } from '../../../content/exams';
import type { DomainId, ExamCode } from '../../../content/schema';
import { selectExamCards } from '../../../src/domain/exam/select-exam-cards';
import { createRng } from '../../../src/domain/lib/rng';
import type { CardInfo } from '../../../src/domain/quiz/question';

const allDomains: readonly DomainId[] = [
  'dva-1',
  'dva-2',
  'dva-3',
  'dva-4',
  'sap-1',
  'sap-2',
  'sap-3',
  'sap-4',
];

const cardArb = fc.record({
  multiple: fc.boolean(),
  exams: fc.subarray<ExamCode>(['DVA-C02', 'SAP-C02'], { minLength: 1 }),
  domains: fc.subarray(allDomains as DomainId[], { minLength: 1, maxLength: 3 }),
});

const poolArb = fc.array(cardArb, { maxLength: 160 }).map((cards) =>
  cards.map((c, i): CardInfo => ({
    cardId: `g:card-${i}`,
    generatorId: 'g',
    kind: c.multiple ? 'multiple-response' : 'single-choice',
    topic: 'triggers',
    style: 'exam',
    exams: c.exams,
    domains: c.domains,
    subjects: [],
  })),
);

const profileArb = fc.constantFrom(...examProfiles);

describe('selectExamCards', () => {
  it('never repeats a card, keeps to the exam and gives as many questions as the pool allows', () => {
    fc.assert(
      fc.property(profileArb, fc.nat(90), poolArb, fc.integer(), (profile, count, pool, seed) => {
        const ids = new Set(profile.domains.map((d) => d.id as DomainId));
        const eligible = pool.filter(
          (c) => c.exams.includes(profile.code) && c.domains.some((d) => ids.has(d)),
        );
        const { selected, mix, notes } = selectExamCards(profile, count, pool, createRng(seed));
        expect(new Set(selected.map((s) => s.card.cardId)).size).toBe(selected.length);
        expect(selected).toHaveLength(Math.min(count, eligible.length));
        for (const s of selected) {
          expect(s.card.exams).toContain(profile.code);
          expect(s.card.domains).toContain(s.domain);
        }
        expect(mix.reduce((n, m) => n + m.count, 0)).toBe(selected.length);
        if (eligible.length < count)
          expect(notes).toContainEqual(expect.objectContaining({ kind: 'bank-short' }));
      }),
    );
  });

  it('meets every domain target and the multiple-response share, or says which domain fell short', () => {
    fc.assert(
      fc.property(profileArb, fc.nat(90), poolArb, fc.integer(), (profile, count, pool, seed) => {
        const { mix, multipleResponse, notes } = selectExamCards(
          profile,
          count,
          pool,
          createRng(seed),
        );
        for (const m of mix) {
          if (m.count < m.target) {
            expect(notes).toContainEqual({
              kind: 'domain-short',
              domain: m.domain,
              wanted: m.target,
              got: m.count,
            });
          }
        }
        if (multipleResponse.got < multipleResponse.wanted) {
          expect(notes.some((n) => n.kind === 'multiple-response-short')).toBe(true);
        }
      }),
    );
  });

  it('hits the targets exactly when every domain has enough cards of its own', () => {
    const profile = examProfiles[0];
    const pool: CardInfo[] = profile.domains.flatMap((d) =>
      Array.from({ length: 40 }, (_, i) => ({
        cardId: `g:${d.id}-${i}`,
        generatorId: 'g',
        kind: i % 4 === 0 ? ('multiple-response' as const) : ('single-choice' as const),
        topic: 'triggers' as const,
        exams: [profile.code],
        domains: [d.id],
        subjects: [],
        style: 'exam' as const,
      })),
    );
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(10, 20, 30, 65), (seed, count) => {
        const { mix, multipleResponse, notes } = selectExamCards(
          profile,
          count,
          pool,
          createRng(seed),
        );
        expect(mix.map((m) => m.count)).toEqual(mix.map((m) => m.target));
        expect(multipleResponse.got).toBe(Math.round(count / 5));
        expect(notes).toEqual([]);
      }),
    );
  });

  it('gives the same selection for the same seed', () => {
    fc.assert(
      fc.property(profileArb, fc.nat(70), poolArb, fc.integer(), (profile, count, pool, seed) => {
        const a = selectExamCards(profile, count, pool, createRng(seed));
        const b = selectExamCards(profile, count, pool, createRng(seed));
        expect(a).toEqual(b);
      }),
      { numRuns: 50 },
    );
  });
});
