/**
 * Runs the reviewer off the main thread: a fresh worker per review, terminated when it answers
 * or when the time limit passes, so hostile input can never freeze the page. Where there is no
 * Worker (tests in jsdom), the bounded reviewer runs on the main thread instead.
 */
import type { ReviewOutcome } from '../../../domain/review/review-types';

export type ReviewRun =
  | Readonly<{ kind: 'done'; outcome: ReviewOutcome }>
  | Readonly<{ kind: 'timed-out'; seconds: number }>
  | Readonly<{ kind: 'crashed'; message: string }>;

export type ReviewRunner = (text: string) => Promise<ReviewRun>;

/** The longest a review may take before the worker is stopped. */
export const REVIEW_TIMEOUT_MS = 5_000;

/** The part of `Worker` the runner uses, so tests can pass a stand-in. */
export type ReviewWorker = {
  onmessage: ((event: MessageEvent<ReviewOutcome>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage: (text: string) => void;
  terminate: () => void;
};

/**
 * Reviews in a new worker each time, stopped after `timeoutMs` (ms) at the latest.
 * Throws synchronously when the worker cannot be created, so the caller can fall back.
 */
export function createWorkerRunner(
  createWorker: () => ReviewWorker,
  timeoutMs = REVIEW_TIMEOUT_MS,
): ReviewRunner {
  return (text) => {
    const worker = createWorker();
    return new Promise<ReviewRun>((resolve) => {
      const finish = (run: ReviewRun) => {
        clearTimeout(timer);
        worker.onmessage = null;
        worker.onerror = null;
        worker.terminate();
        resolve(run);
      };
      const timer = setTimeout(
        () => finish({ kind: 'timed-out', seconds: timeoutMs / 1000 }),
        timeoutMs,
      );
      worker.onmessage = (event) => finish({ kind: 'done', outcome: event.data });
      worker.onerror = (event) => {
        event.preventDefault();
        finish({
          kind: 'crashed',
          message: event.message || 'the review stopped without an answer',
        });
      };
      worker.postMessage(text);
    });
  };
}

/** Main-thread fallback: the reviewer refuses oversized or hostile input within its own bounds. */
export function createMainThreadRunner(): ReviewRunner {
  return async (text) => {
    try {
      const { reviewTemplate } = await import('../../../domain/review/review-template');
      return { kind: 'done', outcome: reviewTemplate(text) };
    } catch (error) {
      return { kind: 'crashed', message: error instanceof Error ? error.message : String(error) };
    }
  };
}

/**
 * A worker runner in the browser; the main-thread fallback where workers do not exist or
 * cannot be started (a restrictive Content-Security-Policy, for instance).
 */
export function createDefaultRunner(): ReviewRunner {
  const fallback = createMainThreadRunner();
  if (typeof Worker === 'undefined') return fallback;
  const viaWorker = createWorkerRunner(
    () =>
      new Worker(new URL('./review-worker.ts', import.meta.url), {
        type: 'module',
        name: 'template-review',
      }),
  );
  return (text) => {
    try {
      return viaWorker(text);
    } catch {
      return fallback(text);
    }
  };
}
