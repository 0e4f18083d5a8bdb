/**
 * The constraints of a decision case that the wrong options on screen must answer for: each
 * stated requirement, and the qualifier. A question shows, for each, a wrong option that fails
 * it and says so, so that no constraint in the stem rules out nothing.
 */
import type { Qualifier, Requirement } from '../../../../content/schema';
import type { Loser } from './decision-cases';

/** A requirement, or the qualifier (`requirement` undefined), with the wrong options failing it. */
export type CasePart = Readonly<{
  requirement: Requirement | undefined;
  losers: readonly Loser[];
}>;

/** One part per stated requirement (the options that break it) and one for the qualifier. */
export function listCaseParts(
  rs: readonly Requirement[],
  qualifier: Qualifier | undefined,
  losers: readonly Loser[],
): CasePart[] {
  const parts: CasePart[] = rs.map((r) => ({
    requirement: r,
    losers: losers.filter((l) => l.broken.includes(r)),
  }));
  if (qualifier !== undefined)
    parts.push({ requirement: undefined, losers: losers.filter((l) => l.lostOn === qualifier) });
  return parts;
}

/**
 * A distinct wrong option for every part, trying each part's options in the order `order`
 * gives them (a small backtracking search: a case has at most four parts).
 * @returns each chosen option with the part it answers for, or undefined when none exists
 */
export function matchParts(
  parts: readonly CasePart[],
  order: (losers: readonly Loser[]) => readonly Loser[],
): Map<Loser, CasePart> | undefined {
  const chosen = new Map<Loser, CasePart>();
  const place = (i: number): boolean => {
    const part = parts[i];
    if (part === undefined) return true;
    for (const loser of order(part.losers)) {
      if (chosen.has(loser)) continue;
      chosen.set(loser, part);
      if (place(i + 1)) return true;
      chosen.delete(loser);
    }
    return false;
  };
  return place(0) ? chosen : undefined;
}
