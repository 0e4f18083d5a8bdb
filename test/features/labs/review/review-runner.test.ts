import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMainThreadRunner,
  createWorkerRunner,
  REVIEW_TIMEOUT_MS,
  type ReviewWorker,
} from '../../../../src/features/labs/review/review-runner';
import type { ReviewOutcome } from '../../../../src/domain/review/review-types';

/** A stand-in worker that answers only when told to. */
function createFakeWorker() {
  const worker: ReviewWorker & { posted: string[]; terminated: boolean } = {
    onmessage: null,
    onerror: null,
    posted: [],
    terminated: false,
    postMessage(text) {
      this.posted.push(text);
    },
    terminate() {
      this.terminated = true;
    },
  };
  return worker;
}

const outcome: ReviewOutcome = {
  ok: true,
  report: { findings: [], cantTell: [], functionCount: 1 },
};

afterEach(() => {
  vi.useRealTimers();
});

describe('worker review runner', () => {
  it('sends the text to a worker, returns its answer and stops the worker', async () => {
    const worker = createFakeWorker();
    const pending = createWorkerRunner(() => worker)('Resources: {}');
    expect(worker.posted).toEqual(['Resources: {}']);
    worker.onmessage?.({ data: outcome } as MessageEvent<ReviewOutcome>);
    await expect(pending).resolves.toEqual({ kind: 'done', outcome });
    expect(worker.terminated).toBe(true);
  });

  it('stops a worker that does not answer within the time limit', async () => {
    vi.useFakeTimers();
    const worker = createFakeWorker();
    const pending = createWorkerRunner(() => worker)('a: &a [*a]');
    vi.advanceTimersByTime(REVIEW_TIMEOUT_MS - 1);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(pending).resolves.toEqual({
      kind: 'timed-out',
      seconds: REVIEW_TIMEOUT_MS / 1000,
    });
    expect(worker.terminated).toBe(true);
  });

  it('reports a worker that fails instead of answering', async () => {
    const worker = createFakeWorker();
    const pending = createWorkerRunner(() => worker)('x');
    worker.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
    await expect(pending).resolves.toEqual({ kind: 'crashed', message: 'boom' });
    expect(worker.terminated).toBe(true);
  });

  it('throws at once when no worker can be started, so the caller can fall back', () => {
    const runner = createWorkerRunner(() => {
      throw new Error('blocked by policy');
    });
    expect(() => runner('x')).toThrow('blocked by policy');
  });
});

describe('main-thread review runner', () => {
  it('reviews within the reviewer’s own bounds', async () => {
    const run = await createMainThreadRunner()(`Resources:\n  Q:\n    Type: AWS::SQS::Queue\n`);
    expect(run).toMatchObject({ kind: 'done', outcome: { ok: true } });
    const huge = await createMainThreadRunner()(`Resources: {}\n#${'x'.repeat(1_000_001)}`);
    expect(huge).toMatchObject({
      kind: 'done',
      outcome: { ok: false, error: { kind: 'too-large' } },
    });
  });
});
