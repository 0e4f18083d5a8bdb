import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { listCards } from '../../../src/domain/quiz/generate-questions';
import {
  clearTopics,
  countCardsByTopic,
  countMatchingCards,
  defaultQuizForm,
  planQuiz,
  quizContent,
  quizTopics,
  selectAllTopics,
  setupFromParams,
  toggleTopic,
} from '../../../src/features/quiz/quiz-form';

const topicIds = topics.map((t) => t.id);

const fromAddress = (query: string) => setupFromParams(new URLSearchParams(query));

describe('quiz form', () => {
  it('selects the topic named in the address, alone', () => {
    expect(fromAddress('topic=edge')).toEqual({
      form: { ...defaultQuizForm, topics: ['edge'] },
      unknownTopic: null,
    });
  });

  it('practises the topics whose facts the exam tips restate, since tips ask nothing of their own', () => {
    const tips = topics.find((t) => t.id === 'exam-tips');
    const cited = new Set(tips?.tips.flatMap((tip) => tip.facts));
    const listing = topics.filter((t) => t.facts.some((f) => cited.has(f.id))).map((t) => t.id);
    const { form, unknownTopic } = fromAddress('topic=exam-tips');
    expect(unknownTopic).toBeNull();
    expect(form.topics).toEqual(listing);
    expect(form.topics).toContain('event-source-mappings');
    expect(form.topics).not.toContain('exam-tips');
    expect(countMatchingCards(form, countCardsByTopic(form))).toBeGreaterThan(0);
  });

  it('lists for choosing only the topics that have questions', () => {
    const counts = countCardsByTopic(defaultQuizForm);
    expect(quizTopics.map((t) => t.id)).toEqual(topicIds.filter((id) => (counts.get(id) ?? 0) > 0));
  });

  it('falls back to every topic and reports an unknown topic', () => {
    expect(fromAddress('topic=lambda-snapstart')).toEqual({
      form: defaultQuizForm,
      unknownTopic: 'lambda-snapstart',
    });
    expect(defaultQuizForm.topics).toEqual(topicIds);
  });

  it('treats a missing or empty topic as no preference', () => {
    expect(fromAddress('').unknownTopic).toBeNull();
    expect(fromAddress('topic=').unknownTopic).toBeNull();
  });

  it('presets the exam, a domain of that exam and the question style from the address', () => {
    expect(fromAddress('exam=DVA-C02&domain=dva-2&style=exam').form).toEqual({
      ...defaultQuizForm,
      exam: 'DVA-C02',
      domain: 'dva-2',
      style: 'exam',
    });
  });

  it('ignores a domain of another exam, an unknown exam and an unknown style', () => {
    expect(fromAddress('exam=DVA-C02&domain=sap-1').form.domain).toBeNull();
    expect(fromAddress('exam=AZ-900&domain=dva-1&style=hard').form).toEqual(defaultQuizForm);
  });

  it('keeps the content order of topics whatever order they are ticked in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...topicIds)), (clicks) => {
        const form = clicks.reduce(toggleTopic, clearTopics(defaultQuizForm));
        expect(form.topics).toEqual(topicIds.filter((id) => form.topics.includes(id)));
        const odd = topicIds.filter((id) => clicks.filter((c) => c === id).length % 2 === 1);
        expect(form.topics).toEqual(odd);
      }),
    );
    expect(selectAllTopics(clearTopics(defaultQuizForm)).topics).toEqual(topicIds);
  });

  it('counts the cards of each topic for the exam focus', () => {
    const cards = listCards(quizContent);
    const both = countCardsByTopic({ exam: 'both', style: 'both', domain: null });
    expect([...both.values()].reduce((a, b) => a + b, 0)).toBe(cards.length);
    const sap = countCardsByTopic({ exam: 'SAP-C02', style: 'both', domain: null });
    const sapCards = cards.filter((c) => c.exams.includes('SAP-C02'));
    expect([...sap.values()].reduce((a, b) => a + b, 0)).toBe(sapCards.length);
    const form = { ...defaultQuizForm, topics: ['edge', 'layers'] as const };
    expect(countMatchingCards(form, both)).toBe(
      cards.filter((c) => c.topic === 'edge' || c.topic === 'layers').length,
    );
    const examStyle = countCardsByTopic({ exam: 'DVA-C02', style: 'exam', domain: 'dva-2' });
    expect([...examStyle.values()].reduce((a, b) => a + b, 0)).toBe(
      cards.filter(
        (c) => c.exams.includes('DVA-C02') && c.style === 'exam' && c.domains.includes('dva-2'),
      ).length,
    );
  });

  it('plans quizzes of the chosen length from the chosen topics, exam and style only, the same for the same seed', () => {
    const cards = new Map(listCards(quizContent).map((c) => [c.cardId, c]));
    fc.assert(
      fc.property(
        fc.subarray(topicIds, { minLength: 1 }),
        fc.constantFrom('both', 'DVA-C02', 'SAP-C02'),
        fc.constantFrom(5, 10, 20),
        fc.constantFrom('both', 'exam', 'recall'),
        fc.integer(),
        (chosen, exam, length, style, seed) => {
          const form = { topics: chosen, exam, length, style, domain: null } as const;
          const ids = planQuiz(form, seed);
          const available = countMatchingCards(form, countCardsByTopic(form));
          expect(ids).toHaveLength(Math.min(length, available));
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) {
            const card = cards.get(id);
            expect(chosen).toContain(card?.topic);
            if (exam !== 'both') expect(card?.exams).toContain(exam);
            if (style !== 'both') expect(card?.style).toBe(style);
          }
          expect(planQuiz(form, seed)).toEqual(ids);
        },
      ),
      { numRuns: 60 },
    );
  });
});
