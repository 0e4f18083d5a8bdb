/** Practice exam assembly: the blueprint's domain mix, built into fresh question variants. */
import { examProfiles } from '../../../content/exams';
import type { ExamCode, ExamProfile } from '../../../content/schema';
import { createRng, deriveSeed } from '../lib/rng';
import type { QuizContent } from '../quiz/content-index';
import { generateQuestion, listCards } from '../quiz/generate-questions';
import type { QuestionStyle } from '../quiz/question';
import { examDurationMs } from './exam-timing';
import type { AssembledExam, ExamItem, ExamLength } from './exam-types';
import { selectExamCards } from './select-exam-cards';

export type ExamRequest = Readonly<{
  profile: ExamProfile;
  length: ExamLength;
  content: QuizContent;
  /** Any integer; the same seed and content give the same exam. */
  seed: number;
  /** Exam-style or recall questions; a full-length exam always uses exam-style ones. */
  style?: QuestionStyle;
}>;

/** The question style an exam uses: exam style at full length, as chosen otherwise. */
export function examStyle(length: ExamLength, chosen: QuestionStyle = 'exam'): QuestionStyle {
  return length === 'full' ? 'exam' : chosen;
}

/** Questions in an exam of this length: the profile's full count, or 10, 20 or 30. */
export function questionCount(profile: ExamProfile, length: ExamLength): number {
  return length === 'full' ? profile.questions : length;
}

/**
 * Assembles a practice exam: questions per domain follow the profile's weights (largest
 * remainder), about one in five is multiple response, no card appears twice, and time is
 * in proportion to the length (full: 130 min for DVA-C02, 180 min for SAP-C02). A full-length
 * exam draws only exam-style questions; a shorter one, the style asked for (exam by default).
 * Shortfalls (a domain or the bank short of cards) are listed in `notes`.
 */
export function assembleExam(request: ExamRequest): AssembledExam {
  const { profile, length, content, seed } = request;
  const wanted = questionCount(profile, length);
  const rng = createRng(deriveSeed(seed, `exam:${profile.code}:${String(length)}`));
  const style = examStyle(length, request.style);
  const cards = listCards(content).filter((c) => c.style === style);
  const selection = selectExamCards(profile, wanted, cards, rng);
  const items: ExamItem[] = selection.selected.map(({ card, domain }) => {
    const question = generateQuestion(card.cardId, content, seed);
    if (question === undefined) throw new Error(`Card ${card.cardId} vanished from the content`);
    return { question, domain };
  });
  return {
    examCode: profile.code,
    length,
    seed,
    durationMs: examDurationMs(profile, items.length),
    items,
    mix: selection.mix,
    multipleResponse: selection.multipleResponse,
    notes: selection.notes,
  };
}

/** The profile of an exam format (content/exams.ts). */
export function findExamProfile(code: ExamCode): ExamProfile {
  const profile = examProfiles.find((p) => p.code === code);
  if (profile === undefined) throw new Error(`No exam profile for ${code}`);
  return profile;
}
