/**
 * Choosing which cards make up an exam, from card metadata alone (no question is built
 * here), so the blueprint logic can be tested on any pool of cards.
 */
import type { DomainId, ExamProfile } from '../../../content/schema';
import type { Rng } from '../lib/rng';
import type { CardInfo } from '../quiz/question';
import { allocateByLargestRemainder, allocateWithCaps } from './allocate';
import type { AssemblyNote, DomainMix } from './exam-types';

/** About one question in five is multiple response, as on the real exams. */
export const MULTIPLE_RESPONSE_SHARE = 0.2;

export type SelectedCard = Readonly<{ card: CardInfo; domain: DomainId }>;

export type CardSelection = Readonly<{
  selected: readonly SelectedCard[];
  mix: readonly DomainMix[];
  multipleResponse: Readonly<{ wanted: number; got: number }>;
  notes: readonly AssemblyNote[];
}>;

type Plan = Readonly<{ id: DomainId; weight: number; target: number; count: number; mr: number }>;

const isMultiple = (card: CardInfo): boolean => card.kind === 'multiple-response';

/**
 * Picks `count` cards for the profile's exam: per domain as the weights say (largest
 * remainder), a fifth multiple response, no card twice. Domains short of cards give their
 * place to the others by weight, and every shortfall becomes a note.
 * @param cards every card of the content; those not tagged for this exam are ignored
 * @param rng consumed in a fixed order, so equal seeds give equal selections
 */
export function selectExamCards(
  profile: ExamProfile,
  count: number,
  cards: readonly CardInfo[],
  rng: Rng,
): CardSelection {
  const domainIds = new Set<DomainId>(profile.domains.map((d) => d.id));
  const pool = rng.shuffle(
    cards.filter((c) => c.exams.includes(profile.code) && c.domains.some((d) => domainIds.has(d))),
  );
  const wanted = Math.max(0, Math.floor(count));
  const total = Math.min(wanted, pool.length);
  const plans = planDomains(profile, total, pool);
  const selected = pickCards(plans, pool);
  const got = selected.filter((s) => isMultiple(s.card)).length;
  const mix = plans.map((p) => {
    const mine = selected.filter((s) => s.domain === p.id);
    return {
      domain: p.id,
      weight: p.weight,
      target: p.target,
      count: mine.length,
      multipleResponse: mine.filter((s) => isMultiple(s.card)).length,
    };
  });
  const notes: AssemblyNote[] = [...describeShortfalls(total, mix)];
  if (total < wanted) notes.push({ kind: 'bank-short', wanted, got: total });
  return {
    selected: rng.shuffle(selected),
    mix,
    multipleResponse: { wanted: Math.round(total * MULTIPLE_RESPONSE_SHARE), got },
    notes,
  };
}

function planDomains(profile: ExamProfile, total: number, pool: readonly CardInfo[]): Plan[] {
  const weights = profile.domains.map((d) => d.weight);
  const inDomain = profile.domains.map((d) => pool.filter((c) => c.domains.includes(d.id)));
  const targets = allocateByLargestRemainder(total, weights);
  const counts = allocateWithCaps(
    total,
    weights,
    inDomain.map((c) => c.length),
  );
  const mrTotal = Math.round(total * MULTIPLE_RESPONSE_SHARE);
  const mrCaps = inDomain.map((c, i) => Math.min(c.filter(isMultiple).length, counts[i] ?? 0));
  const mr = allocateWithCaps(mrTotal, counts, mrCaps);
  return profile.domains.map((d, i) => ({
    id: d.id,
    weight: d.weight,
    target: targets[i] ?? 0,
    count: counts[i] ?? 0,
    mr: mr[i] ?? 0,
  }));
}

/**
 * Fills each domain, scarcest first (a card tagged for two domains is then spent where it is
 * needed most): multiple-response quotas first, any multiple-response shortfall made up by
 * domains with cards to spare, then other kinds. Slots a domain still cannot fill go to any
 * unused card, so the exam keeps its length.
 */
function pickCards(plans: readonly Plan[], pool: readonly CardInfo[]): SelectedCard[] {
  const used = new Set<string>();
  const selected: SelectedCard[] = [];
  const taken = new Map<DomainId, number>(plans.map((p) => [p.id, 0]));
  const take = (plan: Plan, n: number, accept: (c: CardInfo) => boolean): number => {
    let got = 0;
    for (const card of pool) {
      if (got >= n) break;
      if (used.has(card.cardId) || !card.domains.includes(plan.id) || !accept(card)) continue;
      used.add(card.cardId);
      selected.push({ card, domain: plan.id });
      got++;
    }
    taken.set(plan.id, (taken.get(plan.id) ?? 0) + got);
    return got;
  };
  const room = (plan: Plan) => plan.count - (taken.get(plan.id) ?? 0);
  const available = (id: DomainId) => pool.filter((c) => c.domains.includes(id)).length;
  const scarcestFirst = [...plans].sort((a, b) => available(a.id) - available(b.id));
  let mrShort = plans.reduce((n, p) => n + p.mr, 0);
  for (const plan of scarcestFirst) mrShort -= take(plan, plan.mr, isMultiple);
  for (const plan of scarcestFirst)
    mrShort -= take(plan, Math.min(mrShort, room(plan)), isMultiple);
  for (const plan of scarcestFirst) take(plan, room(plan), (c) => !isMultiple(c));
  for (const plan of scarcestFirst) take(plan, room(plan), () => true);
  const total = plans.reduce((a, p) => a + p.count, 0);
  for (const plan of plans) take(plan, total - selected.length, () => true);
  return selected;
}

function* describeShortfalls(total: number, mix: readonly DomainMix[]): Generator<AssemblyNote> {
  const mrWanted = allocateByLargestRemainder(
    Math.round(total * MULTIPLE_RESPONSE_SHARE),
    mix.map((m) => m.target),
  );
  for (const [i, m] of mix.entries()) {
    if (m.count < m.target) {
      yield { kind: 'domain-short', domain: m.domain, wanted: m.target, got: m.count };
    }
    const want = mrWanted[i] ?? 0;
    if (m.multipleResponse < want) {
      yield {
        kind: 'multiple-response-short',
        domain: m.domain,
        wanted: want,
        got: m.multipleResponse,
      };
    }
  }
}
