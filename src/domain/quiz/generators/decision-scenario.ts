/**
 * Exam-style questions from decision models: a situation with stated constraints, whole
 * solutions as options, the key computed from the model, and every wrong option explained by
 * the constraint it breaks.
 */
import type { DecisionModel, DomainId, ExamCode } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions, type Explained } from '../build-question';
import { toCardId, type GeneratedCard, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import { describeFactNotes, listFactDocs } from '../explain';
import {
  describeCaseId,
  explainLoser,
  listDecisionCases,
  selectCases,
  SINGLE_WRONG,
  type DecisionCase,
  type Loser,
} from '../decisions/decision-cases';
import { matchParts, type CasePart } from '../decisions/decision-parts';
import { writeDecisionStem } from '../decisions/decision-stem';
import { memoizeByText } from '../../lib/memoize';
import { listContentWords } from '../lint/lint-wording';

const id = 'decision';
/** Options of a multiple-response question: two or three right, three wrong. */
const MULTI_WRONG = 3;

/**
 * The exams a case belongs to: SAP-C02 (when the model serves it) only when it weighs two
 * constraints or more; a single constraint, qualified or not, is an associate-level question.
 */
function tagCase(model: DecisionModel, c: DecisionCase) {
  const deep = c.requirements.length >= 2;
  const exams = model.exams.filter((e) => e === 'DVA-C02' || deep);
  const prefix = (e: ExamCode) => (e === 'DVA-C02' ? 'dva-' : 'sap-');
  const domains = model.domains.filter((d: DomainId) => exams.some((e) => d.startsWith(prefix(e))));
  return { exams, domains };
}

/** "a", "a and b", "a, b and c". */
function listLabels(labels: readonly string[]): string {
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

function explainWinner(option: DecisionCase['winners'][number], c: DecisionCase): Explained {
  const labels = listLabels(c.requirements.map((r) => r.label));
  const which = c.requirements.length > 1 ? 'requirements' : 'requirement';
  const qualifier =
    c.qualifier === undefined ? '' : ` Of the solutions that do, it has ${c.qualifier.label}.`;
  return {
    text: option.text,
    why: `${option.why} It meets the ${which} for ${labels}.${qualifier}`,
  };
}

/** Content words of an option text: options are content, so the cache stays small. */
const listOptionWords = memoizeByText(listContentWords);

/** A wrong option with the order an item writer would offer it in. */
type RankedLoser = Readonly<{ loser: Loser; key: number }>;

/**
 * Ranks wrong options as an item writer picks them: near misses first (one broken constraint,
 * or the qualifier lost), and among those the ones closest in wording to a right answer, so
 * that the key is set against its real competitors (Express beside Standard).
 */
function rankLosers(winners: readonly Explained[], losers: readonly Loser[]): RankedLoser[] {
  const words = new Set(winners.flatMap((w) => [...listOptionWords(w.text)]));
  return losers.map((loser) => {
    const shared = [...listOptionWords(loser.option.text)].filter((w) => words.has(w)).length;
    return { loser, key: (loser.misses === 1 ? 0 : 1000) - shared };
  });
}

/** Rank order, ties broken at random. */
function orderByRank(rng: Rng, ranked: readonly RankedLoser[]): RankedLoser[] {
  return rng
    .shuffle(ranked)
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i);
}

/**
 * `count` wrong options, each explained: first a different one failing each stated requirement
 * (and the qualifier), the best-ranked that fit together, each explained by the part it answers
 * for; then the rest in rank order.
 */
function pickLosers(
  rng: Rng,
  ranked: readonly RankedLoser[],
  c: DecisionCase,
  count: number,
): Explained[] {
  const ordered = orderByRank(rng, ranked).map((r) => r.loser);
  const matched = matchParts(c.parts, (losers) => ordered.filter((l) => losers.includes(l)));
  const chosen = new Map<Loser, CasePart | undefined>(matched ?? []);
  for (const loser of ordered)
    if (chosen.size < count && !chosen.has(loser)) chosen.set(loser, undefined);
  return [...chosen].map(([loser, part]) => ({
    text: loser.option.text,
    why: explainLoser(loser, part),
  }));
}

/**
 * The lesson of a case: the qualifier's, or else that of the requirement broken by the nearest
 * miss (the trap the question is built around).
 */
function chooseTakeaway(model: DecisionModel, c: DecisionCase, ranked: readonly RankedLoser[]) {
  if (c.qualifier !== undefined) return c.qualifier.takeaway;
  const [nearest] = [...ranked].sort((a, b) => a.key - b.key);
  return nearest?.loser.broken[0]?.takeaway ?? c.requirements[0]?.takeaway ?? model.title;
}

/** What a question of the case shows besides its stem: reasons, ranked wrong options, ending. */
function prepareCase(
  model: DecisionModel,
  c: DecisionCase,
  index: ContentIndex,
  factIds: readonly string[],
) {
  const facts = factIds.flatMap((f) => index.factById.get(f) ?? []);
  const winners = c.winners.map((w) => explainWinner(w, c));
  const ranked = rankLosers(winners, c.losers);
  // a note corrects what the key relies on; notes of the requirements' facts would be off topic
  const keyFacts = c.winners.flatMap((w) => w.facts).flatMap((f) => index.factById.get(f) ?? []);
  const ending = {
    takeaway: chooseTakeaway(model, c, ranked),
    note: describeFactNotes(keyFacts),
    docs: [model.docs.url, ...listFactDocs(facts)],
  };
  return { winners, ranked, ending };
}

/**
 * A card of the case: its description now, the rest when a question is first built, since a
 * page plans every card of the bank but builds only a few.
 */
function planCase(
  model: DecisionModel,
  c: DecisionCase,
  index: ContentIndex,
): GeneratedCard | undefined {
  const { exams, domains } = tagCase(model, c);
  if (exams.length === 0) return undefined;
  const multi = c.winners.length > 1;
  const factIds = [
    ...new Set([...c.winners.flatMap((w) => w.facts), ...c.requirements.flatMap((r) => r.facts)]),
  ];
  const info = {
    cardId: toCardId(id, `${model.id}/${describeCaseId(c)}`),
    generatorId: id,
    kind: multi ? 'multiple-response' : 'scenario',
    topic: model.topic,
    exams,
    domains,
    subjects: factIds.map((f) => ({ kind: 'fact', id: f }) as const),
  } as const;
  let prepared: ReturnType<typeof prepareCase> | undefined;
  const build = (rng: Rng) => {
    const { winners, ranked, ending } = (prepared ??= prepareCase(model, c, index, factIds));
    return assembleQuestion(
      info,
      {
        stem: writeDecisionStem(model, c, rng),
        options: toDraftOptions(
          winners,
          pickLosers(rng, ranked, c, multi ? MULTI_WRONG : SINGLE_WRONG),
        ),
        ...ending,
        sources: info.subjects,
        difficulty: c.qualifier !== undefined || c.requirements.length >= 2 ? 3 : 2,
      },
      rng,
    );
  };
  return { ...info, build };
}

function planModel(model: DecisionModel, index: ContentIndex): GeneratedCard[] {
  return selectCases(listDecisionCases(model)).flatMap((c) => planCase(model, c, index) ?? []);
}

/** One planning step per decision model: each takes a few milliseconds. */
function planSteps(index: ContentIndex): (() => GeneratedCard[])[] {
  return index.topics.flatMap((t) => (t.decisions ?? []).map((m) => () => planModel(m, index)));
}

export const decisionScenarioGenerator: Generator = {
  id,
  kind: 'scenario',
  style: 'exam',
  planCards: (index) => planSteps(index).flatMap((step) => step()),
  planSteps,
};
