/**
 * Calculation problems on the formulas of the content. Each poses the problem with inputs drawn
 * from the rng, and lists the answers that typical mistakes give, each with what went wrong.
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

const lambdaGuide = 'https://docs.aws.amazon.com/lambda/latest/dg/';

/** A wrong answer and the mistake that produces it. */
export type Mistake = Readonly<{ answer: number; why: string }>;

export type PosedProblem = Readonly<{
  stem: string;
  answer: number;
  /** Results of plausible mistakes; may repeat or equal the answer (the generator filters). */
  mistakes: readonly Mistake[];
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
  takeaway: string;
  /** The AWS documentation page that gives the formula. */
  docs: string;
  pose: (rng: Rng) => PosedProblem;
}>;

const both = ['DVA-C02', 'SAP-C02'] as const;

function poseConcurrency(rng: Rng): PosedProblem {
  // Multiples of 20 req/s and 50 ms keep the answer whole; no 1,000 ms, where the rate would be
  // the answer too.
  const rps = 20 * rng.int(3, 100);
  const ms = 50 * rng.pick([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 30, 40]);
  const seconds = ms / 1000;
  const answer = Math.round(computeConcurrency(rps, seconds));
  const caller = rng.pick([
    'An API Gateway REST API',
    'An Application Load Balancer',
    'A mobile backend',
  ]);
  return {
    stem: `${caller} sends ${f(rps)} requests per second to a function, and each invocation takes ${f(ms)} ms on average. How many concurrent executions does the function need to serve this load without throttling?`,
    answer,
    mistakes: [
      {
        answer: rps,
        why: `${f(rps)} is the request rate alone: concurrency also depends on how long each request keeps an execution environment busy.`,
      },
      {
        answer: Math.round(rps / seconds),
        why: `Dividing by the duration inverts the formula: concurrency is requests per second multiplied by the duration in seconds.`,
      },
      {
        answer: rps * ms,
        why: `The duration was used in milliseconds: converted to seconds (${f(seconds)} s), the product is 1,000 times smaller.`,
      },
    ],
    working: `Concurrency is requests per second × average duration in seconds: ${f(rps)} × ${f(seconds)} = ${f(answer)}.`,
  };
}

function poseStreamConcurrency(rng: Rng): PosedProblem {
  const shards = rng.int(2, 40);
  const factor = rng.int(2, 9);
  const answer = computeStreamConcurrency(shards, factor);
  const stream = rng.pick(['A Kinesis data stream', 'A DynamoDB stream']);
  return {
    stem: `${stream} has ${shards} active shards, and the event source mapping of the function that processes it sets ParallelizationFactor to ${factor}. How many invocations of the function can process this stream at the same time, at most?`,
    answer,
    mistakes: [
      {
        answer: shards,
        why: `${shards} is one batch per shard, the default; ParallelizationFactor ${factor} lets each shard run ${factor} batches at once.`,
      },
      {
        answer: shards + factor,
        why: 'Adding the two figures is not the formula: each of the shards runs up to ParallelizationFactor batches, so they multiply.',
      },
      {
        answer: shards * 10,
        why: `That uses the highest ParallelizationFactor, 10, instead of the configured ${factor}.`,
      },
      {
        answer: factor,
        why: `ParallelizationFactor counts batches per shard: ${factor} applies to each of the ${shards} shards.`,
      },
    ],
    working: `Concurrent invocations are shards × ParallelizationFactor: ${shards} × ${factor} = ${f(answer)}.`,
  };
}

function poseVisibilityTimeout(rng: Rng): PosedProblem {
  const timeout = rng.pick([10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600]);
  const answer = computeMinVisibilityTimeout(timeout);
  const longest = computeMinVisibilityTimeout(900);
  return {
    stem: `An SQS queue triggers a function whose timeout is ${f(timeout)} seconds. The team wants Lambda to have time to retry a batch after throttling before its messages become visible again. What is the smallest visibility timeout AWS recommends for the queue?`,
    answer,
    mistakes: [
      {
        answer: timeout,
        why: `A visibility timeout equal to the function timeout is only what Lambda enforces; AWS recommends six times it, ${f(answer)} s, to leave room for retries.`,
      },
      {
        answer: longest,
        why: `${f(longest)} s is six times the longest function timeout, 900 s; the recommendation scales with this function's own timeout.`,
      },
      {
        answer: 43_200,
        why: '43,200 s (12 hours) is the longest visibility timeout SQS allows, far more than the smallest value AWS recommends.',
      },
      {
        answer: 30,
        why: '30 s is the default visibility timeout of a new queue; it does not depend on the function timeout.',
      },
    ],
    working: `AWS recommends a visibility timeout of at least six times the function timeout: 6 × ${f(timeout)} s = ${f(answer)} s.`,
  };
}

type Reservations = Readonly<{ limit: number; reserved: readonly number[]; text: string }>;

function drawReservations(rng: Rng): Reservations {
  const limit = rng.pick([1000, 1000, 1000, 2000, 3000, 5000]);
  const reserved: number[] = [];
  const count = rng.int(2, 3);
  for (let i = 0; i < count; i++) {
    // Keep 200 spare so at least 100 stays unreserved and a new reservation can still fit.
    const room = limit - MIN_UNRESERVED_CONCURRENCY - 100 - reserved.reduce((s, r) => s + r, 0);
    reserved.push(50 * rng.int(1, Math.max(1, Math.floor(room / 50 / (count - i)))));
  }
  const names = ['orders', 'payments', 'reports'];
  const listed = reserved.map((r, i) => `${names[i] ?? 'another'} has ${f(r)}`);
  const text = `${listed.slice(0, -1).join(', ')} and ${listed.at(-1) ?? ''}`;
  return { limit, reserved, text };
}

function poseUnreserved(rng: Rng): PosedProblem {
  const { limit, reserved, text } = drawReservations(rng);
  const answer = computeUnreservedConcurrency(limit, reserved);
  const sum = reserved.reduce((s, r) => s + r, 0);
  return {
    stem: `An account's concurrency quota in a Region is ${f(limit)}. Several teams share the account, and reserved concurrency is set on these functions: ${text}. How many concurrent executions remain in the unreserved pool for all the other functions?`,
    answer,
    mistakes: [
      {
        answer: answer - MIN_UNRESERVED_CONCURRENCY,
        why: `The 100 executions AWS keeps unreserved are part of the unreserved pool, not taken out of it.`,
      },
      {
        answer: limit - Math.max(...reserved),
        why: 'Every reservation comes out of the account quota, not only the largest one.',
      },
      {
        answer: sum,
        why: `${f(sum)} is the total reserved by the listed functions; the pool is what is left of the quota.`,
      },
      {
        answer: limit,
        why: 'Reserved concurrency is taken from the account quota, so the shared pool is smaller than the quota.',
      },
    ],
    working: `The unreserved pool is the quota minus every reservation: ${f(limit)} − ${reserved.map(f).join(' − ')} = ${f(answer)}.`,
  };
}

function poseNewReservation(rng: Rng): PosedProblem {
  const { limit, reserved, text } = drawReservations(rng);
  const unreserved = computeUnreservedConcurrency(limit, reserved);
  const answer = unreserved - MIN_UNRESERVED_CONCURRENCY;
  return {
    stem: `An account's concurrency quota in a Region is ${f(limit)}, and reserved concurrency is set on these functions: ${text}. A developer wants to reserve as much concurrency as possible for one more function. What is the largest value Lambda accepts?`,
    answer,
    mistakes: [
      {
        answer: unreserved,
        why: `Lambda keeps at least ${MIN_UNRESERVED_CONCURRENCY} executions unreserved, so the whole remaining pool of ${f(unreserved)} cannot be reserved.`,
      },
      {
        answer: limit - MIN_UNRESERVED_CONCURRENCY,
        why: 'The existing reservations already use part of the quota and must be subtracted too.',
      },
      {
        answer: limit,
        why: `The quota is shared: existing reservations and the ${MIN_UNRESERVED_CONCURRENCY} unreserved executions come out of it.`,
      },
      {
        answer: answer - 100,
        why: `Only ${MIN_UNRESERVED_CONCURRENCY} executions must stay unreserved, not twice that.`,
      },
    ],
    working: `The largest new reservation is the quota minus the reservations minus the ${MIN_UNRESERVED_CONCURRENCY} kept unreserved: ${f(limit)} − ${reserved.map(f).join(' − ')} − ${MIN_UNRESERVED_CONCURRENCY} = ${f(answer)}.`,
  };
}

/** The calculation problems, each tied to the facts whose formula it applies. */
export const numericProblems = [
  {
    id: 'concurrency',
    docs: `${lambdaGuide}lambda-concurrency.html`,
    topic: 'concurrency',
    facts: ['concurrency.formula'],
    exams: both,
    domains: ['dva-1', 'sap-2'],
    unit: '',
    takeaway: 'Concurrency is requests per second multiplied by the average duration in seconds.',
    pose: poseConcurrency,
  },
  {
    id: 'stream-concurrency',
    docs: `${lambdaGuide}services-kinesis-parameters.html`,
    topic: 'event-source-mappings',
    facts: ['esm.parallelization-factor', 'esm.stream-shard-invocation'],
    exams: both,
    domains: ['dva-1', 'sap-2'],
    unit: '',
    takeaway: 'A stream consumer runs at most shards × ParallelizationFactor batches at once.',
    pose: poseStreamConcurrency,
  },
  {
    id: 'sqs-visibility-timeout',
    docs: `${lambdaGuide}services-sqs-configure.html`,
    topic: 'event-source-mappings',
    facts: ['esm.sqs-visibility-timeout', 'esm.sqs-visibility-enforced'],
    exams: both,
    domains: ['dva-1', 'dva-4'],
    unit: ' s',
    takeaway:
      'Give an SQS event source a visibility timeout of at least six times the function timeout.',
    pose: poseVisibilityTimeout,
  },
  {
    id: 'unreserved-concurrency',
    docs: `${lambdaGuide}configuration-concurrency.html`,
    topic: 'concurrency',
    facts: ['concurrency.account-limit', 'concurrency.reserved'],
    exams: both,
    domains: ['dva-1', 'sap-1'],
    unit: '',
    takeaway: 'Every reservation shrinks the pool that all functions without one share.',
    pose: poseUnreserved,
  },
  {
    id: 'new-reservation',
    docs: `${lambdaGuide}configuration-concurrency.html`,
    topic: 'concurrency',
    facts: ['concurrency.account-limit', 'concurrency.reserved'],
    exams: both,
    domains: ['dva-4', 'sap-1'],
    unit: '',
    takeaway:
      'Reservations can take the whole quota except the 100 executions Lambda keeps unreserved.',
    pose: poseNewReservation,
  },
] as const satisfies readonly NumericProblem[];
