/**
 * The quiz engine's entry points. Content is indexed and planned once per content object;
 * every variant is a pure function of (card id, content, seed).
 */
import type { DomainId, ExamCode, TopicId } from '../../../content/schema';
import { createRng, deriveSeed } from '../lib/rng';
import type { CardPlan, Generator } from './card-plan';
import { indexContent, type ContentIndex, type QuizContent } from './content-index';
import { quizGenerators } from './generators';
import type { CardInfo, Question, QuestionKind, QuestionStyle } from './question';

type Plans = Readonly<{ list: readonly CardPlan[]; byId: ReadonlyMap<string, CardPlan> }>;

// Planning is pure; caching it only saves repeating it. Keyed on the topics array, not the
// wrapper object, because callers build `{ topics }` afresh on every call.
const plansByTopics = new WeakMap<QuizContent['topics'], Plans>();

function collectPlans(list: readonly CardPlan[]): Plans {
  const byId = new Map<string, CardPlan>();
  for (const plan of list) {
    if (byId.has(plan.cardId))
      throw new Error(`Duplicate card id ${plan.cardId}: check content ids`);
    byId.set(plan.cardId, plan);
  }
  return { list, byId };
}

/** A generator's cards, each marked with the generator's style. */
function planWith(generator: Generator, index: ContentIndex): CardPlan[] {
  return generator.planCards(index).map((card) => ({ ...card, style: generator.style }));
}

function planContent(content: QuizContent): Plans {
  const cached = plansByTopics.get(content.topics);
  if (cached !== undefined) return cached;
  const index = indexContent(content);
  const plans = collectPlans(quizGenerators.flatMap((g) => planWith(g, index)));
  plansByTopics.set(content.topics, plans);
  return plans;
}

/**
 * Plans every card as `planContent` does, one generator (or one step of a generator) at a time,
 * awaiting `pause` between them so that a page can keep the main thread free (each step takes a few milliseconds;
 * the whole bank at once blocks a phone for hundreds). Later calls find the plans cached.
 * @param pause resolves when the caller is ready for the next step (e.g. a yield to the browser)
 */
export async function prepareQuestionBank(
  content: QuizContent,
  pause: () => Promise<void>,
): Promise<void> {
  if (plansByTopics.has(content.topics)) return;
  // Indexing is a step of its own: the caller may be in the middle of other work.
  await pause();
  const index = indexContent(content);
  const list: CardPlan[] = [];
  for (const generator of quizGenerators) {
    const steps = generator.planSteps?.(index) ?? [() => generator.planCards(index)];
    for (const step of steps) {
      await pause();
      list.push(...step().map((card) => ({ ...card, style: generator.style })));
    }
  }
  if (!plansByTopics.has(content.topics)) plansByTopics.set(content.topics, collectPlans(list));
}

function buildVariant(plan: CardPlan, seed: number): Question {
  return plan.build(createRng(deriveSeed(seed, plan.cardId)));
}

/** Every card the content yields: id, generator, kind, topic, tags and subject. */
export function listCards(content: QuizContent): readonly CardInfo[] {
  return planContent(content).list.map(({ build: _build, ...info }) => info);
}

/**
 * A fresh variant of one card.
 * @param seed any integer; the same seed gives the same stem values and option order
 * @returns undefined for a card id the content does not yield
 */
export function generateQuestion(
  cardId: string,
  content: QuizContent,
  seed: number,
): Question | undefined {
  const plan = planContent(content).byId.get(cardId);
  return plan === undefined ? undefined : buildVariant(plan, seed);
}

/** One variant of every card: the whole question bank. */
export function generateBank(content: QuizContent, seed: number): Question[] {
  return planContent(content).list.map((plan) => buildVariant(plan, seed));
}

export type QuizRequest = Readonly<{
  content: QuizContent;
  seed: number;
  /** Questions wanted; fewer come back when the filters leave fewer cards. */
  count: number;
  topics?: readonly TopicId[];
  exam?: ExamCode;
  kinds?: readonly QuestionKind[];
  /** Only exam-style or only recall questions. */
  style?: QuestionStyle;
  /** Only cards tagged with one of these exam domains. */
  domains?: readonly DomainId[];
}>;

/** Takes one item from each group in turn, keeping the order within each group. */
function takeInTurn<T>(groups: readonly (readonly T[])[]): T[] {
  const total = groups.reduce((n, g) => n + g.length, 0);
  const out: T[] = [];
  for (let round = 0; out.length < total; round++) {
    for (const group of groups) {
      const item = group[round];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}

/**
 * A practice set: no card twice, topics taken in turn (and kinds in turn within a topic) so
 * that no topic or kind crowds out the others.
 */
export function generateQuestions(request: QuizRequest): Question[] {
  const { content, seed, count, topics, exam, kinds, style, domains } = request;
  const eligible = planContent(content).list.filter(
    (p) =>
      (topics === undefined || topics.includes(p.topic)) &&
      (exam === undefined || p.exams.includes(exam)) &&
      (kinds === undefined || kinds.includes(p.kind)) &&
      (style === undefined || p.style === style) &&
      (domains === undefined || p.domains.some((d) => domains.includes(d))),
  );
  const rng = createRng(deriveSeed(seed, 'quiz-selection'));
  // Topic → kind → generator, each level shuffled, then taken in turn from the innermost out.
  const mix = (plans: readonly CardPlan[]) =>
    takeInTurn(
      rng.shuffle(
        groupBy(plans, (p) => p.kind).map((ofKind) =>
          takeInTurn(rng.shuffle(groupBy(ofKind, (p) => p.generatorId).map((g) => rng.shuffle(g)))),
        ),
      ),
    );
  const perTopic = groupBy(eligible, (p) => p.topic).map(mix);
  const chosen = takeInTurn(rng.shuffle(perTopic)).slice(0, Math.max(0, count));
  return rng.shuffle(chosen).map((plan) => buildVariant(plan, seed));
}
