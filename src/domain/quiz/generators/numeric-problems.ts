/**
 * Calculation problems on the document's formulas. Each poses the problem with inputs drawn
 * from the rng, and lists the answers a learner gets by a typical mistake.
 */
import type { DomainId, ExamCode, TopicId } from '../../../../content/schema';
import {
  MIN_UNRESERVED_CONCURRENCY,
  computeConcurrency,
  computeMinVisibilityTimeout,
  computeStreamConcurrency,
  computeUnreservedConcurrency,
} from '../../formulas';
import type { Rng } from '../../lib/rng';
import { formatNumber as f } from '../text';

export type PosedProblem = Readonly<{
  stem: string;
  answer: number;
  /** Results of plausible mistakes; may repeat or equal the answer (the generator filters). */
  mistakes: readonly number[];
  /** The formula with the numbers filled in. */
  working: string;
}>;

export type NumericProblem = Readonly<{
  id: string;
  topic: TopicId;
  /** The facts the formula comes from. */
  facts: readonly string[];
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
  /** Suffix of every option, e.g. " s". */
  unit: string;
  difficulty: 2 | 3;
  pose: (rng: Rng) => PosedProblem;
}>;

const both = ['DVA-C02', 'SAP-C02'] as const;

function poseConcurrency(rng: Rng): PosedProblem {
  // Multiples of 20 req/s and 50 ms keep the answer a whole number of executions.
  const rps = 20 * rng.int(3, 100);
  const ms = 50 * rng.pick([1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 40]);
  const seconds = ms / 1000;
  const answer = Math.round(computeConcurrency(rps, seconds));
  const duration = rng.next() < 0.5 ? `${f(ms)} ms` : `${f(seconds)} s`;
  return {
    stem: `A function receives ${f(rps)} requests per second and each invocation takes ${duration} on average. How many concurrent executions does it need?`,
    answer,
    mistakes: [rps, Math.round(rps / seconds), rps * ms, answer * 10, answer * 2],
    working: `concurrency = requests per second × average duration in seconds = ${f(rps)} × ${f(seconds)} = ${f(answer)}`,
  };
}

function poseStreamConcurrency(rng: Rng): PosedProblem {
  const shards = rng.int(2, 40);
  const factor = rng.int(2, 10);
  const answer = computeStreamConcurrency(shards, factor);
  const stream = rng.pick(['A Kinesis data stream', 'A DynamoDB stream']);
  return {
    stem: `${stream} has ${shards} active shards and its event source mapping sets ParallelizationFactor to ${factor}. How many invocations of the function can process this stream at the same time, at most?`,
    answer,
    mistakes: [shards, shards + factor, shards * 10, Math.ceil(shards / factor), factor],
    working: `concurrent invocations = shards × ParallelizationFactor = ${shards} × ${factor} = ${f(answer)}`,
  };
}

function poseVisibilityTimeout(rng: Rng): PosedProblem {
  const timeout = rng.pick([5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900]);
  const window = rng.pick([0, 1, 5, 10, 20, 30, 60, 120, 300]);
  const answer = computeMinVisibilityTimeout(timeout, window);
  const batching =
    window === 0
      ? 'no batching window'
      : `a batching window (MaximumBatchingWindowInSeconds) of ${window} s`;
  return {
    stem: `An SQS queue triggers a function whose timeout is ${f(timeout)} s, with ${batching}. What is the smallest visibility timeout AWS recommends for the queue?`,
    answer,
    mistakes: [
      6 * timeout,
      timeout + window,
      timeout,
      6 * (timeout + window),
      2 * timeout + window,
    ],
    working: `visibility timeout ≥ 6 × function timeout + batching window = 6 × ${f(timeout)} s + ${f(window)} s = ${f(answer)} s`,
  };
}

type Reservations = Readonly<{ limit: number; reserved: readonly number[]; text: string }>;

function drawReservations(rng: Rng): Reservations {
  const limit = rng.pick([1000, 1000, 1000, 2000, 3000, 5000]);
  const reserved: number[] = [];
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) {
    // Keep 200 spare so at least 100 stays unreserved and a new reservation can still fit.
    const room = limit - MIN_UNRESERVED_CONCURRENCY - 100 - reserved.reduce((s, r) => s + r, 0);
    reserved.push(50 * rng.int(1, Math.max(1, Math.floor(room / 50 / (count - i)))));
  }
  const names = ['orders', 'payments', 'reports'];
  const text = reserved.map((r, i) => `${names[i] ?? 'another'} reserves ${f(r)}`).join(', ');
  return { limit, reserved, text };
}

function poseUnreserved(rng: Rng): PosedProblem {
  const { limit, reserved, text } = drawReservations(rng);
  const answer = computeUnreservedConcurrency(limit, reserved);
  const sum = reserved.reduce((s, r) => s + r, 0);
  return {
    stem: `An account's Regional concurrency limit is ${f(limit)}. Functions with reserved concurrency: ${text}. How many concurrent executions are left in the unreserved pool for every other function?`,
    answer,
    mistakes: [
      answer - MIN_UNRESERVED_CONCURRENCY,
      limit - Math.max(...reserved),
      sum,
      limit,
      answer + 100,
    ],
    working: `unreserved = account limit − reservations = ${f(limit)} − ${reserved.map(f).join(' − ')} = ${f(answer)}`,
  };
}

function poseNewReservation(rng: Rng): PosedProblem {
  const { limit, reserved, text } = drawReservations(rng);
  const unreserved = computeUnreservedConcurrency(limit, reserved);
  const answer = unreserved - MIN_UNRESERVED_CONCURRENCY;
  return {
    stem: `An account's Regional concurrency limit is ${f(limit)}. Functions with reserved concurrency: ${text}. What is the most reserved concurrency you can still give one more function?`,
    answer,
    mistakes: [unreserved, limit - MIN_UNRESERVED_CONCURRENCY, answer - 100, limit, answer + 50],
    working: `largest new reservation = account limit − reservations − ${MIN_UNRESERVED_CONCURRENCY} kept unreserved = ${f(limit)} − ${reserved.map(f).join(' − ')} − ${MIN_UNRESERVED_CONCURRENCY} = ${f(answer)}`,
  };
}

/** The calculation problems, each tied to the facts whose formula it applies. */
export const numericProblems = [
  {
    id: 'concurrency',
    topic: 'concurrency',
    facts: ['concurrency.formula'],
    exams: both,
    domains: ['dva-1', 'sap-2'],
    unit: '',
    difficulty: 2,
    pose: poseConcurrency,
  },
  {
    id: 'stream-concurrency',
    topic: 'event-source-mappings',
    facts: ['esm.parallelization-factor', 'esm.stream-shard-invocation'],
    exams: both,
    domains: ['dva-1', 'sap-2'],
    unit: '',
    difficulty: 2,
    pose: poseStreamConcurrency,
  },
  {
    id: 'sqs-visibility-timeout',
    topic: 'event-source-mappings',
    facts: ['esm.sqs-visibility-timeout', 'esm.sqs-batch-window'],
    exams: both,
    domains: ['dva-1', 'dva-4'],
    unit: ' s',
    difficulty: 2,
    pose: poseVisibilityTimeout,
  },
  {
    id: 'unreserved-concurrency',
    topic: 'concurrency',
    facts: ['concurrency.account-limit', 'concurrency.reserved'],
    exams: both,
    domains: ['dva-1', 'sap-1'],
    unit: '',
    difficulty: 2,
    pose: poseUnreserved,
  },
  {
    id: 'new-reservation',
    topic: 'concurrency',
    facts: ['concurrency.account-limit', 'concurrency.reserved'],
    exams: both,
    domains: ['dva-4', 'sap-1'],
    unit: '',
    difficulty: 3,
    pose: poseNewReservation,
  },
] as const satisfies readonly NumericProblem[];
