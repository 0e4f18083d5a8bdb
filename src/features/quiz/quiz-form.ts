/**
 * The quiz setup choices: which topics, which exam, how many questions. Plain data, so the
 * choices travel with the quiz in the browser history.
 */
import { isTopicId, topics } from '../../../content/index';
import type { ExamCode, TopicId } from '../../../content/schema';
import { generateQuestions, listCards } from '../../domain/quiz/generate-questions';
import type { QuizContent } from '../../domain/quiz/content-index';

/** One content object for every quiz: the engine caches its card plan per content object. */
export const quizContent: QuizContent = Object.freeze({ topics });

export const quizLengths = [5, 10, 20] as const;
export type QuizLength = (typeof quizLengths)[number];

/** An exam to focus on, or both. */
export type ExamFocus = ExamCode | 'both';
export const examFocuses = ['both', 'DVA-C02', 'SAP-C02'] as const satisfies readonly ExamFocus[];

export type QuizForm = Readonly<{
  topics: readonly TopicId[];
  exam: ExamFocus;
  length: QuizLength;
}>;

const allTopicIds: readonly TopicId[] = topics.map((t) => t.id);

export const defaultQuizForm: QuizForm = Object.freeze({
  topics: allTopicIds,
  exam: 'both',
  length: 10,
});

export type InitialSetup = Readonly<{ form: QuizForm; unknownTopic: string | null }>;

/**
 * The setup a `?topic=<id>` link asks for: that topic alone, or every topic (and the id that
 * was not recognised) when the id is unknown.
 */
export function setupFromTopicParam(topic: string | null): InitialSetup {
  if (topic === null || topic === '') return { form: defaultQuizForm, unknownTopic: null };
  if (isTopicId(topic))
    return { form: { ...defaultQuizForm, topics: [topic] }, unknownTopic: null };
  return { form: defaultQuizForm, unknownTopic: topic };
}

/** Adds or removes a topic, keeping the content's topic order. */
export function toggleTopic(form: QuizForm, topic: TopicId): QuizForm {
  const chosen = form.topics.includes(topic)
    ? form.topics.filter((t) => t !== topic)
    : [...form.topics, topic];
  return { ...form, topics: allTopicIds.filter((t) => chosen.includes(t)) };
}

export function selectAllTopics(form: QuizForm): QuizForm {
  return { ...form, topics: allTopicIds };
}

export function clearTopics(form: QuizForm): QuizForm {
  return { ...form, topics: [] };
}

/** How many cards each topic has for the exam focus (topics without any are absent). */
export function countCardsByTopic(exam: ExamFocus): ReadonlyMap<TopicId, number> {
  const counts = new Map<TopicId, number>();
  for (const card of listCards(quizContent)) {
    if (exam !== 'both' && !card.exams.includes(exam)) continue;
    counts.set(card.topic, (counts.get(card.topic) ?? 0) + 1);
  }
  return counts;
}

/** Cards that match the chosen topics, given `countCardsByTopic(form.exam)`. */
export function countMatchingCards(form: QuizForm, counts: ReadonlyMap<TopicId, number>): number {
  return form.topics.reduce((n, t) => n + (counts.get(t) ?? 0), 0);
}

/**
 * The card ids of a new quiz for these choices; the questions are the cards' variants for
 * `seed` (see `generateQuestion`).
 */
export function planQuiz(form: QuizForm, seed: number): string[] {
  return generateQuestions({
    content: quizContent,
    seed,
    count: form.length,
    topics: form.topics,
    ...(form.exam === 'both' ? {} : { exam: form.exam }),
  }).map((q) => q.cardId);
}
