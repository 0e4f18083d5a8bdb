/** The practice exam's shared types: lengths, assembled questions and assembly notes. */
import type { DomainId, ExamCode } from '../../../content/schema';
import type { Question } from '../quiz/question';

/** Full length (the real exam's question count) or a shorter sitting. */
export type ExamLength = 'full' | 10 | 20 | 30;

export const examLengths = ['full', 10, 20, 30] as const satisfies readonly ExamLength[];

/** One question of an exam and the exam domain whose share it fills. */
export type ExamItem = Readonly<{ question: Question; domain: DomainId }>;

/**
 * What the assembly could not do as the blueprint asks, so the learner is told:
 * - `domain-short`: too few cards in a domain, its place taken by other domains;
 * - `multiple-response-short`: too few multiple-response cards in a domain;
 * - `bank-short`: fewer eligible cards in all than questions asked for.
 */
export type AssemblyNote =
  | Readonly<{ kind: 'domain-short'; domain: DomainId; wanted: number; got: number }>
  | Readonly<{ kind: 'multiple-response-short'; domain: DomainId; wanted: number; got: number }>
  | Readonly<{ kind: 'bank-short'; wanted: number; got: number }>;

/** A domain's share of an assembled exam. */
export type DomainMix = Readonly<{
  domain: DomainId;
  /** The blueprint weight, in percent. */
  weight: number;
  /** Questions the weight asks for (largest remainder of the exam's length). */
  target: number;
  /** Questions the exam holds. */
  count: number;
  multipleResponse: number;
}>;

export type AssembledExam = Readonly<{
  examCode: ExamCode;
  length: ExamLength;
  seed: number;
  /** Time allowed, ms. */
  durationMs: number;
  items: readonly ExamItem[];
  mix: readonly DomainMix[];
  /** Multiple-response questions wanted (a fifth of the length) and held. */
  multipleResponse: Readonly<{ wanted: number; got: number }>;
  notes: readonly AssemblyNote[];
}>;
