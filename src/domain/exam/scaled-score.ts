/**
 * The scaled-score estimate. AWS reports results on a 100–1000 scale (pass: 720 for
 * DVA-C02, 750 for SAP-C02) but does not publish how raw answers map to it (see
 * ../shared/content-notes/exam-profiles.md). So this is an estimate, and the app must say
 * so wherever it shows it.
 *
 * The mapping used here: the pass mark is assumed to sit at the same share of raw answers
 * as of the scale's top (720 / 1000 → 72 % correct for DVA-C02; 750 / 1000 → 75 % for
 * SAP-C02), and scores are linear on either side of it: 0 % → 100, pass share → pass mark,
 * 100 % → 1000. Passing and the estimate therefore always agree.
 */
import type { ExamProfile } from '../../../content/schema';

/** The share of correct answers (0–1) assumed to reach the pass mark: passingScore / scaledMax. */
export function passFraction(profile: ExamProfile): number {
  return profile.passingScore / profile.scaledMax;
}

/**
 * The estimated scaled score for a share of correct answers, a whole number in
 * [scaledMin, scaledMax]; at or above the pass mark exactly when `fraction` reaches
 * `passFraction`.
 * @param fraction correct answers / questions, 0–1 (clamped)
 */
export function estimateScaledScore(profile: ExamProfile, fraction: number): number {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const { scaledMin: lo, scaledMax: hi, passingScore: pass } = profile;
  const p = passFraction(profile);
  if (f >= p) {
    const raw = p >= 1 ? hi : pass + ((f - p) / (1 - p)) * (hi - pass);
    return Math.max(pass, Math.round(raw));
  }
  const raw = lo + (f / p) * (pass - lo);
  // Rounding must not lift a failing score onto the pass mark.
  return Math.min(pass - 1, Math.round(raw));
}
