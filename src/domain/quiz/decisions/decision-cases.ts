/**
 * The cases a decision model can ask: a few of its requirements, perhaps a qualifier, and the
 * options those leave. A case is kept only when the model decides it: one best option (or two or
 * three that all fit, for "Choose two"), and enough options that are wrong for a stated reason.
 */
import type {
  DecisionModel,
  DecisionOption,
  Qualifier,
  Requirement,
} from '../../../../content/schema';
import { listCaseParts, matchParts, type CasePart } from './decision-parts';

/**
 * A wrong option and why: the stated requirements it breaks, most telling first (the one fewest
 * options break), or the qualifier it loses on (`broken` empty). Its explanation is written only
 * when a question shows it (`explainLoser`).
 */
export type Loser = Readonly<{
  option: DecisionOption;
  broken: readonly Requirement[];
  lostOn: Qualifier | undefined;
  misses: number;
}>;

export type DecisionCase = Readonly<{
  requirements: readonly Requirement[];
  qualifier: Qualifier | undefined;
  /** The right options: one, or two or three for a multiple-response case. */
  winners: readonly DecisionOption[];
  losers: readonly Loser[];
  /**
   * Each stated requirement and the qualifier with the wrong options failing it: a question
   * shows a different one for each part, so every constraint in the stem rules out an option on
   * screen and the wrong options fail for different reasons.
   */
  parts: readonly CasePart[];
}>;

/** Wrong options a single-answer case needs (four options in all). */
export const SINGLE_WRONG = 3;
/** Most requirements a case states at once. */
const MAX_REQUIREMENTS = 3;

/** Every combination of `size` items, in the items' order. */
function combine<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) =>
    combine(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
  );
}

const meets = (option: DecisionOption, r: Requirement) => r.meets.includes(option.id);

/** What every case of a model reads: computed once per model, since a model has hundreds of cases. */
type ModelFacts = Readonly<{
  model: DecisionModel;
  /** Whether an option meets a requirement, by requirement then option id. */
  meetSets: ReadonlyMap<Requirement, ReadonlySet<string>>;
  /** Requirements from most telling (fewest options break it) to least, as a rank. */
  tellingRank: ReadonlyMap<Requirement, number>;
}>;

function readModel(model: DecisionModel): ModelFacts {
  const failing = (r: Requirement) => model.options.filter((o) => !meets(o, r)).length;
  const telling = [...model.requirements].sort((a, b) => failing(a) - failing(b));
  return {
    model,
    meetSets: new Map(model.requirements.map((r) => [r, new Set(r.meets)])),
    tellingRank: new Map(telling.map((r, i) => [r, i])),
  };
}

/**
 * The reason a wrong option is wrong: the requirement it answers for in the question (else the
 * most telling one it breaks), "It does not meet the requirement for order per customer: …", or
 * the qualifier it loses on. One decisive reason reads better than the same fact repeated under
 * every requirement.
 */
export function explainLoser(loser: Loser, part?: CasePart): string {
  const r = part === undefined ? loser.broken[0] : part.requirement;
  if (r !== undefined)
    return `It does not meet the requirement for ${r.label}: ${r.breaks[loser.option.id] ?? ''}`;
  const q = loser.lostOn;
  return `It meets the requirements, but it does not have ${q?.label ?? ''}: ${q?.worse[loser.option.id] ?? ''}`;
}

function loseOnRequirements(facts: ModelFacts, rs: readonly Requirement[]): Loser[] {
  const rank = (r: Requirement) => facts.tellingRank.get(r) ?? 0;
  const telling = [...rs].sort((a, b) => rank(a) - rank(b));
  return facts.model.options.flatMap((option) => {
    const broken = telling.filter((r) => facts.meetSets.get(r)?.has(option.id) !== true);
    return broken.length === 0
      ? []
      : [{ option, broken, lostOn: undefined, misses: broken.length }];
  });
}

/** The case a qualifier decides among the options that fit, when it ranks them all uniquely. */
function decideByQualifier(
  fit: readonly DecisionOption[],
  q: Qualifier,
): Readonly<{ winner: DecisionOption; losers: Loser[] }> | undefined {
  if (fit.length < 2 || fit.some((o) => q.rank[o.id] === undefined)) return undefined;
  const sorted = [...fit].sort((a, b) => (q.rank[a.id] ?? 0) - (q.rank[b.id] ?? 0));
  const [winner, runnerUp] = sorted;
  if (winner === undefined || q.rank[winner.id] === q.rank[runnerUp?.id ?? '']) return undefined;
  const losers = sorted.slice(1).map((option) => ({ option, broken: [], lostOn: q, misses: 1 }));
  return { winner, losers };
}

/**
 * A case when it is well formed: enough wrong options, and a different one ruled out by each
 * stated requirement and the qualifier (no more of those than a question shows).
 */
function makeCase(
  rs: readonly Requirement[],
  qualifier: Qualifier | undefined,
  winners: readonly DecisionOption[],
  losers: readonly Loser[],
): DecisionCase[] {
  if (losers.length < SINGLE_WRONG) return [];
  const parts = listCaseParts(rs, qualifier, losers);
  if (parts.length > SINGLE_WRONG || matchParts(parts, (l) => l) === undefined) return [];
  return [{ requirements: rs, qualifier, winners, losers, parts }];
}

function casesFor(facts: ModelFacts, rs: readonly Requirement[]): DecisionCase[] {
  const { model } = facts;
  const fit = model.options.filter((o) => rs.every((r) => facts.meetSets.get(r)?.has(o.id)));
  // most combinations of three requirements leave no option at all: nothing to ask
  if (fit.length === 0) return [];
  const losers = loseOnRequirements(facts, rs);
  const cases: DecisionCase[] =
    fit.length >= 1 && fit.length <= 3 ? makeCase(rs, undefined, fit, losers) : [];
  for (const q of model.qualifiers) {
    const decided = decideByQualifier(fit, q);
    if (decided !== undefined)
      cases.push(...makeCase(rs, q, [decided.winner], [...decided.losers, ...losers]));
  }
  return cases;
}

/**
 * Every case the model decides, with one to three stated requirements, in a stable order.
 * @returns cases whose winners meet every stated requirement, whose losers each break one (or
 *   lose on the qualifier), and where every stated requirement alone rules out some option
 */
export function listDecisionCases(model: DecisionModel): DecisionCase[] {
  const sizes = Array.from({ length: MAX_REQUIREMENTS }, (_, i) => i + 1);
  const facts = readModel(model);
  return sizes.flatMap((size) =>
    combine(model.requirements, size).flatMap((rs) => casesFor(facts, rs)),
  );
}

/** Most questions one model yields: enough to vary, few enough not to crowd the review queue. */
export const MAX_CASES_PER_MODEL = 48;

/** A stable hash of a text (FNV-1a), to order cases without favouring the first requirements. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * At most `max` cases, chosen in a stable order: first one case for every requirement and
 * qualifier not yet asked, then the rest.
 */
export function selectCases(
  cases: readonly DecisionCase[],
  max = MAX_CASES_PER_MODEL,
): DecisionCase[] {
  if (cases.length <= max) return [...cases];
  const hashes = new Map(cases.map((c) => [c, hashText(describeCaseId(c))]));
  const ordered = [...cases].sort((a, b) => (hashes.get(a) ?? 0) - (hashes.get(b) ?? 0));
  const parts = (c: DecisionCase) => [
    ...c.requirements.map((r) => r.id),
    `@${c.qualifier?.id ?? ''}`,
  ];
  const asked = new Set<string>();
  const first = ordered.filter((c) => {
    const fresh = parts(c).some((p) => !asked.has(p));
    if (fresh) for (const p of parts(c)) asked.add(p);
    return fresh;
  });
  const chosen = new Set(first.slice(0, max));
  for (const c of ordered) if (chosen.size < max) chosen.add(c);
  return ordered.filter((c) => chosen.has(c));
}

/** The stable id of a case within its model: requirement ids, then `@qualifier`. */
export function describeCaseId(c: DecisionCase): string {
  const base = c.requirements.map((r) => r.id).join('+');
  return c.qualifier === undefined ? base : `${base}@${c.qualifier.id}`;
}
