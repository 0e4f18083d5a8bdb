import { describe, expect, it } from 'vitest';
import { examProfiles, topics } from '../../../content/index';
import {
  assembleExam,
  findExamProfile,
  questionCount,
} from '../../../src/domain/exam/assemble-exam';
import { examLengths } from '../../../src/domain/exam/exam-types';
import { listCards } from '../../../src/domain/quiz/generate-questions';

const content = { topics };
const SEEDS = 120;

type Exam = ReturnType<typeof assembleExam>;
const countIn = (exam: Exam, domain: string) =>
  exam.items.filter((i) => i.domain === domain).length;
const short = (exam: Exam, domain: string) =>
  exam.notes.some((note) => note.kind === 'domain-short' && note.domain === domain);

describe('assembleExam on the real content', () => {
  it.each(examProfiles.map((p) => [p.code, p] as const))(
    '%s: every domain is within one question of its weighted share for every seed and length, unless reported short',
    (_code, profile) => {
      const capacity = new Map(
        profile.domains.map((d) => [
          d.id,
          listCards(content).filter(
            (c) => c.exams.includes(profile.code) && c.domains.includes(d.id),
          ).length,
        ]),
      );
      for (const length of examLengths) {
        const n = questionCount(profile, length);
        for (let seed = 0; seed < SEEDS / examLengths.length; seed++) {
          const exam = assembleExam({ profile, length, content, seed });
          for (const d of profile.domains) {
            const count = countIn(exam, d.id);
            if (short(exam, d.id)) {
              expect(count).toBeLessThanOrEqual(capacity.get(d.id) ?? 0);
              continue;
            }
            // Questions a short domain could not take are shared by weight among the rest.
            const open = profile.domains.filter((o) => !short(exam, o.id));
            const left =
              n -
              profile.domains
                .filter((o) => short(exam, o.id))
                .reduce((a, o) => a + countIn(exam, o.id), 0);
            const exact = (left * d.weight) / open.reduce((a, o) => a + o.weight, 0);
            expect(Math.abs(count - exact)).toBeLessThan(1);
          }
        }
      }
    },
  );

  it.each(examProfiles.map((p) => [p.code, p] as const))(
    '%s: about one question in five is multiple response, or the shortfall is reported',
    (_code, profile) => {
      for (const length of examLengths) {
        for (let seed = 0; seed < 20; seed++) {
          const exam = assembleExam({ profile, length, content, seed });
          const multiple = exam.items.filter((i) => i.question.pick > 1).length;
          expect(multiple).toBe(exam.multipleResponse.got);
          expect(exam.multipleResponse.wanted).toBe(Math.round(exam.items.length / 5));
          if (multiple < exam.multipleResponse.wanted) {
            expect(exam.notes.some((n) => n.kind === 'multiple-response-short')).toBe(true);
          }
        }
      }
    },
  );

  it('never asks the same card twice and only asks cards tagged for the exam', () => {
    for (const profile of examProfiles) {
      for (let seed = 0; seed < 10; seed++) {
        const exam = assembleExam({ profile, length: 'full', content, seed });
        const ids = exam.items.map((i) => i.question.cardId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toHaveLength(profile.questions);
        for (const item of exam.items) {
          expect(item.question.exams).toContain(profile.code);
          expect(item.question.domains).toContain(item.domain);
        }
      }
    }
  });

  it('is deterministic by seed and changes with it', () => {
    const profile = findExamProfile('DVA-C02');
    const a = assembleExam({ profile, length: 20, content, seed: 7 });
    const b = assembleExam({ profile, length: 20, content, seed: 7 });
    const c = assembleExam({ profile, length: 20, content, seed: 8 });
    expect(b).toEqual(a);
    expect(c.items.map((i) => i.question.cardId)).not.toEqual(
      a.items.map((i) => i.question.cardId),
    );
  });

  it('gives time in proportion: 130 and 180 minutes at full length, 20 for ten DVA-C02 questions', () => {
    const minutes = (code: 'DVA-C02' | 'SAP-C02', length: 'full' | 10 | 20 | 30) =>
      assembleExam({ profile: findExamProfile(code), length, content, seed: 1 }).durationMs /
      60_000;
    expect(minutes('DVA-C02', 'full')).toBe(130);
    expect(minutes('SAP-C02', 'full')).toBe(180);
    expect(minutes('DVA-C02', 10)).toBe(20);
    expect(minutes('SAP-C02', 30)).toBe(72);
  });

  it('reports a domain without cards and keeps the length by giving its place to the others', () => {
    const profile = findExamProfile('DVA-C02');
    const withoutSecurity = <T extends { domains: readonly string[] }>(item: T): T => ({
      ...item,
      domains: item.domains.map((d) => (d === 'dva-2' ? 'dva-1' : d)),
    });
    const noSecurity = {
      topics: topics.map((t) => ({
        ...t,
        facts: t.facts.map(withoutSecurity),
        tables: t.tables.map(withoutSecurity),
        checklist: t.checklist.map(withoutSecurity),
        tips: t.tips.map(withoutSecurity),
        ...(t.decisions === undefined ? {} : { decisions: t.decisions.map(withoutSecurity) }),
      })),
    };
    expect(listCards(noSecurity).some((c) => c.domains.includes('dva-2'))).toBe(false);
    const exam = assembleExam({ profile, length: 20, content: noSecurity, seed: 3 });
    expect(exam.items).toHaveLength(20);
    expect(exam.items.some((i) => i.domain === 'dva-2')).toBe(false);
    expect(exam.notes).toContainEqual({ kind: 'domain-short', domain: 'dva-2', wanted: 5, got: 0 });
  });

  it('draws only exam-style questions at full length, and the style asked for at shorter lengths', () => {
    const profile = findExamProfile('SAP-C02');
    const styles = new Map(listCards({ topics }).map((c) => [c.cardId, c.style]));
    const full = assembleExam({
      profile,
      length: 'full',
      content: { topics },
      seed: 9,
      style: 'recall',
    });
    expect(full.items).toHaveLength(75);
    expect(full.items.every((i) => styles.get(i.question.cardId) === 'exam')).toBe(true);
    const recall = assembleExam({
      profile,
      length: 20,
      content: { topics },
      seed: 9,
      style: 'recall',
    });
    expect(recall.items.every((i) => styles.get(i.question.cardId) === 'recall')).toBe(true);
    const short = assembleExam({ profile, length: 20, content: { topics }, seed: 9 });
    expect(short.items.every((i) => styles.get(i.question.cardId) === 'exam')).toBe(true);
  });
});
