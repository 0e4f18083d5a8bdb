/**
 * The question model shared by the quiz, spaced repetition and practice exams. Every kind is
 * answered by choosing options, as on the real exams (multiple choice and multiple response).
 */
import type { DomainId, ExamCode, TopicId } from '../../../content/schema';

export type QuestionKind =
  'single-choice' | 'multiple-response' | 'true-false' | 'numeric' | 'scenario';

export const questionKinds = [
  'single-choice',
  'multiple-response',
  'true-false',
  'numeric',
  'scenario',
] as const satisfies readonly QuestionKind[];

/**
 * One answer option; ids run 'a', 'b', 'c'… in display order. `why` is its own explanation: the
 * mechanism for a correct option, the specific reason for a wrong one.
 */
export type QuestionOption = Readonly<{ id: string; text: string; why: string }>;

/** A content item a question rests on. A table row's id is `${tableId}#${rowId}`. */
export type SourceRef = Readonly<{
  kind: 'fact' | 'table-row' | 'checklist' | 'tip' | 'set';
  id: string;
}>;

/**
 * The thinking a question needs: 1, one fact recalled; 2, two facts combined or rows compared;
 * 3, a situation whose constraints must be weighed.
 */
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
  /** The one lesson to carry into the exam. */
  takeaway: string;
  /** Where older notes or exam questions say otherwise: what they said and what holds today. */
  note?: string;
  /** The AWS documentation pages the answer rests on (at least one). */
  docs: readonly string[];
  sources: readonly SourceRef[];
  topic: TopicId;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
  difficulty: Difficulty;
}>;

/**
 * `exam`: written like a real exam item (a situation, constraints, whole solutions);
 * `recall`: a fact, a figure or a table cell asked directly, for learning and review.
 */
export type QuestionStyle = 'exam' | 'recall';

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
  style: QuestionStyle;
}>;
