import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_COLD_START_INPUTS,
  type ColdStartInputs,
} from '../../../../src/domain/labs/cold-start-model';
import {
  simulateColdStarts,
  toColdStartOutcome,
} from '../../../../src/domain/labs/cold-start-simulation';
import { useColdStartSimulation } from '../../../../src/features/labs/cold-starts/use-cold-start-simulation';

type Message = { id: number; inputs: ColdStartInputs };

/** A stand-in worker that answers only when told to, so tests choose the order of replies. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | undefined;
  received: Message[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(message: Message) {
    this.received.push(message);
  }
  reply(message: Message) {
    const event = new MessageEvent('message', {
      data: { id: message.id, simulation: toColdStartOutcome(simulateColdStarts(message.inputs)) },
    });
    this.dispatchEvent(event);
  }
  fail() {
    this.dispatchEvent(new Event('error'));
  }
  terminate() {
    this.terminated = true;
  }
}

const SHORT: ColdStartInputs = { ...DEFAULT_COLD_START_INPUTS, durationMinutes: 2 };
const OTHER: ColdStartInputs = { ...SHORT, seed: 2 };

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = undefined;
});

describe('useColdStartSimulation', () => {
  it('simulates on the page where the browser has no workers', () => {
    const { result } = renderHook(() => useColdStartSimulation(SHORT));
    expect(result.current.pending).toBe(false);
    expect(result.current.run?.simulation).toEqual(toColdStartOutcome(simulateColdStarts(SHORT)));
  });

  it('shows nothing until the worker answers, then the run of the inputs asked for', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result } = renderHook(() => useColdStartSimulation(SHORT));
    expect(result.current).toEqual({ run: null, pending: true });
    const worker = FakeWorker.last as FakeWorker;
    act(() => worker.reply(worker.received[0] as Message));
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.run?.inputs).toBe(SHORT);
    expect(result.current.run?.simulation).toEqual(toColdStartOutcome(simulateColdStarts(SHORT)));
  });

  it('keeps the previous run while a new one is on its way and ignores a late stale reply', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, rerender } = renderHook(({ inputs }) => useColdStartSimulation(inputs), {
      initialProps: { inputs: SHORT },
    });
    const worker = FakeWorker.last as FakeWorker;
    const [first] = worker.received as [Message];
    act(() => worker.reply(first));
    await waitFor(() => expect(result.current.run?.inputs).toBe(SHORT));

    rerender({ inputs: OTHER });
    expect(result.current.pending).toBe(true);
    expect(result.current.run?.inputs).toBe(SHORT);
    act(() => worker.reply(first));
    expect(result.current.run?.inputs).toBe(SHORT);
    act(() => worker.reply(worker.received[1] as Message));
    await waitFor(() => expect(result.current.run?.inputs).toBe(OTHER));
    expect(result.current.pending).toBe(false);
  });

  it('falls back to the page when the worker fails, and stops the worker on unmount', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, unmount } = renderHook(() => useColdStartSimulation(SHORT));
    const worker = FakeWorker.last as FakeWorker;
    act(() => worker.fail());
    await waitFor(() =>
      expect(result.current.run?.simulation).toEqual(toColdStartOutcome(simulateColdStarts(SHORT))),
    );
    unmount();
    expect(worker.terminated).toBe(true);
  });

  it('answers under StrictMode, whose double effects stop the first worker it starts', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result } = renderHook(() => useColdStartSimulation(SHORT), { wrapper: StrictMode });
    const worker = FakeWorker.last as FakeWorker;
    expect(worker.terminated).toBe(false);
    act(() => worker.reply(worker.received.at(-1) as Message));
    await waitFor(() => expect(result.current.run?.inputs).toBe(SHORT));
  });
});
