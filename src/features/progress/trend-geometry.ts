/** Geometry of the score trend chart: exam attempts, oldest first, as points in an SVG box. */
import type { ExamCode } from '../../../content/schema';
import type { HistoryRow } from '../../domain/exam/attempt-history';

/** The SVG's own units: about the size of a phone screen, so its text stays readable there. */
export const CHART = { width: 400, height: 220, left: 50, right: 12, top: 12, bottom: 28 } as const;

export type TrendPoint = Readonly<{ row: HistoryRow; code: ExamCode; x: number; y: number }>;

/** Vertical position of a percent (0–100). */
export function yOf(percent: number): number {
  const plot = CHART.height - CHART.top - CHART.bottom;
  return CHART.top + plot * (1 - Math.min(100, Math.max(0, percent)) / 100);
}

/**
 * Exam attempts (quizzes are left out) placed evenly from left to right in the order they
 * were taken, at the height of their percent correct.
 * @param rows any order; sorted oldest first here
 */
export function placeExamPoints(rows: readonly HistoryRow[]): TrendPoint[] {
  const exams = rows
    .filter(
      (r): r is HistoryRow & { examCode: ExamCode } => r.kind === 'exam' && r.examCode !== null,
    )
    .sort((a, b) => a.finishedAt - b.finishedAt);
  const plot = CHART.width - CHART.left - CHART.right;
  const step = exams.length > 1 ? plot / (exams.length - 1) : 0;
  return exams.map((row, i) => ({
    row,
    code: row.examCode,
    x: CHART.left + (exams.length > 1 ? i * step : plot / 2),
    y: yOf(row.percent),
  }));
}

/** An SVG path through the points, in order. */
export function linePath(points: readonly TrendPoint[]): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');
}
