/**
 * The quiz setup choices: which topics, which exam, how many questions. Plain data, so the
 * choices travel with the quiz in the browser history.
 */
import { examProfiles, topics } from '../../../content/index';
import type { DomainId, ExamCode, Topic, TopicId } from '../../../content/schema';
import { topicIdOf } from '../../../content/topic-loaders';
import { generateQuestions, listCards } from '../../domain/quiz/generate-questions';
import type { QuizContent } from '../../domain/quiz/content-index';

/** One content object for every quiz: the engine caches its card plan per content object. */
export const quizContent: QuizContent = Object.freeze({ topics });

export const quizLengths = [5, 10, 20] as const;
export type QuizLength = (typeof quizLengths)[number];

/** An exam to focus on, or both. */
export type ExamFocus = ExamCode | 'both';
export const examFocuses = ['both', 'DVA-C02', 'SAP-C02'] as const satisfies readonly ExamFocus[];

/** Exam-style questions, recall questions, or both. */
export type StyleChoice = 'exam' | 'recall' | 'both';
export const styleChoices = ['both', 'exam', 'recall'] as const satisfies readonly StyleChoice[];

export type QuizForm = Readonly<{
  topics: readonly TopicId[];
  exam: ExamFocus;
  length: QuizLength;
  style: StyleChoice;
  /** One domain of the focused exam, or every domain. */
  domain: DomainId | null;
}>;

const allTopicIds: readonly TopicId[] = topics.map((t) => t.id);

/** Whether a topic's own content yields questions (a topic of tips alone restates other topics). */
const asksQuestions = (t: Topic): boolean =>
  t.facts.length + t.tables.length + t.sets.length + t.checklist.length > 0 ||
  (t.decisions ?? []).length > 0;

/** The topics a quiz can choose: those with questions of their own, in the content's order. */
export const quizTopics: readonly Topic[] = topics.filter(asksQuestions);

/**
 * The topics that practise `topic`: itself, or, for a topic of tips alone, the topics whose facts
 * its tips restate.
 */
function practiceTopicsOf(topic: Topic): readonly TopicId[] {
  if (asksQuestions(topic)) return [topic.id];
  const cited = new Set(topic.tips.flatMap((tip) => tip.facts.map(topicIdOf)));
  return allTopicIds.filter((id) => cited.has(id));
}

export const defaultQuizForm: QuizForm = Object.freeze({
  topics: allTopicIds,
  exam: 'both',
  length: 10,
  style: 'both',
  domain: null,
});

export type InitialSetup = Readonly<{ form: QuizForm; unknownTopic: string | null }>;

/** The domains of an exam focus: none for "both exams". */
export function listFocusDomains(
  exam: ExamFocus,
): readonly Readonly<{ id: DomainId; name: string }>[] {
  return examProfiles.find((p) => p.code === exam)?.domains ?? [];
}

const isExamFocus = (value: string | null): value is ExamFocus =>
  (examFocuses as readonly string[]).includes(value ?? '');
const isStyleChoice = (value: string | null): value is StyleChoice =>
  (styleChoices as readonly string[]).includes(value ?? '');

/**
 * The setup a link asks for: `?topic=<id>` for that topic alone, or for the topics a tips topic
 * restates (every topic, and the id that
 * was not recognised, when it is unknown); `?exam=`, `?domain=` (a domain of that exam) and
 * `?style=` preset the other choices, and anything unknown is ignored.
 */
export function setupFromParams(params: URLSearchParams): InitialSetup {
  const topic = params.get('topic');
  const exam = params.get('exam');
  const style = params.get('style');
  const focus: ExamFocus = isExamFocus(exam) ? exam : 'both';
  const domain = listFocusDomains(focus).find((d) => d.id === params.get('domain'))?.id ?? null;
  const base: QuizForm = {
    ...defaultQuizForm,
    exam: focus,
    domain,
    style: isStyleChoice(style) ? style : 'both',
  };
  if (topic === null || topic === '') return { form: base, unknownTopic: null };
  const known = topics.find((t) => t.id === topic);
  if (known !== undefined)
    return { form: { ...base, topics: practiceTopicsOf(known) }, unknownTopic: null };
  return { form: base, unknownTopic: topic };
}

/** Changes the exam focus, dropping a domain that belongs to another exam. */
export function chooseExam(form: QuizForm, exam: ExamFocus): QuizForm {
  const keeps = listFocusDomains(exam).some((d) => d.id === form.domain);
  return { ...form, exam, domain: keeps ? form.domain : null };
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

/**
 * How many cards each topic has for the exam focus, style and domain (topics without any are
 * absent).
 */
export function countCardsByTopic(
  form: Pick<QuizForm, 'exam' | 'style' | 'domain'>,
): ReadonlyMap<TopicId, number> {
  const counts = new Map<TopicId, number>();
  for (const card of listCards(quizContent)) {
    if (form.exam !== 'both' && !card.exams.includes(form.exam)) continue;
    if (form.style !== 'both' && card.style !== form.style) continue;
    if (form.domain !== null && !card.domains.includes(form.domain)) continue;
    counts.set(card.topic, (counts.get(card.topic) ?? 0) + 1);
  }
  return counts;
}

/** Cards that match the chosen topics, given `countCardsByTopic(form)`. */
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
    ...(form.style === 'both' ? {} : { style: form.style }),
    ...(form.domain === null ? {} : { domains: [form.domain] }),
  }).map((q) => q.cardId);
}
