/**
 * Readiness by exam domain: for each domain of an exam, the share of its exam-style cards the
 * learner would recall now with probability ≥ 0.9, and the weakest domain to practise next.
 */
import type { DomainId, ExamCode, ExamProfile } from '../../../content/schema';
import type { QuestionStyle } from '../quiz/question';
import type { CardStates, CatalogCard } from './card-state';
import { READY_RETRIEVABILITY, retrievability } from './stats';

/** A catalog card with what readiness by domain needs: its exams, domains and style. */
export type ExamCatalogCard = CatalogCard &
  Readonly<{ exams: readonly ExamCode[]; domains: readonly DomainId[]; style: QuestionStyle }>;

export type DomainReadiness = Readonly<{
  domain: DomainId;
  name: string;
  /** The domain's weight on the exam, in percent. */
  weight: number;
  /** Exam-style cards recalled now with probability ≥ 0.9. */
  ready: number;
  /** Exam-style cards answered at least once. */
  practised: number;
  total: number;
  /** ready / total; 0 for a domain without cards. */
  share: number;
}>;

/**
 * Readiness of each domain of the exam, in the profile's order, from its exam-style cards.
 * @param now ms epoch.
 */
export function computeDomainReadiness(
  profile: ExamProfile,
  catalog: readonly ExamCatalogCard[],
  cards: CardStates,
  now: number,
): DomainReadiness[] {
  return profile.domains.map(({ id, name, weight }) => {
    let ready = 0;
    let practised = 0;
    let total = 0;
    for (const card of catalog) {
      if (card.style !== 'exam' || !card.exams.includes(profile.code) || !card.domains.includes(id))
        continue;
      total++;
      const state = cards[card.cardId];
      if (state !== undefined) practised++;
      if (retrievability(state, now) >= READY_RETRIEVABILITY) ready++;
    }
    return {
      domain: id,
      name,
      weight,
      ready,
      practised,
      total,
      share: total === 0 ? 0 : ready / total,
    };
  });
}

/**
 * The domain to practise next: the lowest share among domains with cards; between equal shares,
 * the one that weighs more on the exam.
 */
export function findWeakestDomain(
  readiness: readonly DomainReadiness[],
): DomainReadiness | undefined {
  return [...readiness]
    .filter((d) => d.total > 0)
    .sort((a, b) => a.share - b.share || b.weight - a.weight)[0];
}
