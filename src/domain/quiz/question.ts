/**
 * The question model shared by the quiz, spaced repetition and practice exams. Every kind is
 * answered by choosing options, as on the real exams (multiple choice and multiple response).
 */
import type { DomainId, ExamCode, TopicId } from '../../../content/schema';

export type QuestionKind =
  'single-choice' | 'multiple-response' | 'true-false' | 'numeric' | 'scenario' | 'fill-blank';

export const questionKinds = [
  'single-choice',
  'multiple-response',
  'true-false',
  'numeric',
  'scenario',
  'fill-blank',
] as const satisfies readonly QuestionKind[];

/** One answer option; ids run 'a', 'b', 'c'… in display order. */
export type QuestionOption = Readonly<{ id: string; text: string }>;

/** A content item a question rests on. A table row's id is `${tableId}#${rowId}`. */
export type SourceRef = Readonly<{
  kind: 'fact' | 'table-row' | 'checklist' | 'tip' | 'set';
  id: string;
}>;

export type Difficulty = 1 | 2 | 3;

export type Question = Readonly<{
  /** `${generatorId}:${subject}`: stable, independent of the variant and the option order. */
  cardId: string;
  kind: QuestionKind;
  stem: string;
  options: readonly QuestionOption[];
  /** Ids of the correct options. */
  correct: readonly string[];
  /** How many options to choose (= correct.length). */
  pick: number;
  /** Why the answer is right, citing the content used and any fact-check. */
  explanation: string;
  sources: readonly SourceRef[];
  topic: TopicId;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
  difficulty: Difficulty;
}>;

/** What a card is about, without generating a variant. */
export type CardInfo = Readonly<{
  cardId: string;
  generatorId: string;
  kind: QuestionKind;
  topic: TopicId;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
  /** The content items the card is about (its subject). */
  subjects: readonly SourceRef[];
}>;
