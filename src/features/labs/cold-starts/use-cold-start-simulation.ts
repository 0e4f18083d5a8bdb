import { useEffect, useMemo, useRef, useState } from 'react';
import type { ColdStartInputs } from '../../../domain/labs/cold-start-model';
import {
  simulateColdStarts,
  toColdStartOutcome,
  type ColdStartOutcome,
} from '../../../domain/labs/cold-start-simulation';
import type { SimulationRequest } from './simulation-worker';

export type ColdStartRun = Readonly<{ inputs: ColdStartInputs; simulation: ColdStartOutcome }>;
type Reply = Readonly<{ id: number; simulation: ColdStartOutcome }>;
type Runner = Pick<
  Worker,
  'postMessage' | 'terminate' | 'addEventListener' | 'removeEventListener'
>;

const hasWorkers = (): boolean => typeof Worker !== 'undefined';

/** Answers like the worker, a moment later, where a worker cannot start. */
class PageRunner extends EventTarget {
  postMessage({ id, inputs }: SimulationRequest): void {
    setTimeout(() => {
      const simulation = toColdStartOutcome(simulateColdStarts(inputs));
      this.dispatchEvent(new MessageEvent('message', { data: { id, simulation } }));
    });
  }
  terminate(): void {}
}

function startRunner(): Runner {
  try {
    return new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return new PageRunner();
  }
}

/**
 * The run of `inputs`, simulated in a worker where the browser has them (the main thread
 * stays free for typing and paint) and on the page otherwise. While a run is on its way,
 * the previous one is returned with `pending` set; null before the first arrives.
 */
export function useColdStartSimulation(inputs: ColdStartInputs): {
  run: ColdStartRun | null;
  pending: boolean;
} {
  const runner = useRef<Runner | null>(null);
  const [result, setResult] = useState<ColdStartRun | null>(null);
  const latest = useRef(0);

  // One worker per mount, stopped on unmount (StrictMode's second mount starts another).
  // Declared before the effect that posts to it, so it runs first.
  useEffect(() => {
    if (!hasWorkers()) return;
    const started = startRunner();
    runner.current = started;
    return () => {
      started.terminate();
      runner.current = null;
    };
  }, []);

  useEffect(() => {
    const target = runner.current;
    if (target === null) return;
    const id = ++latest.current;
    const onReply = (event: MessageEvent<Reply>) => {
      if (event.data.id === id) setResult({ inputs, simulation: event.data.simulation });
    };
    // A worker that fails to load or run falls back to the page, rather than never answering.
    const onError = () => {
      if (latest.current !== id) return;
      setResult({ inputs, simulation: toColdStartOutcome(simulateColdStarts(inputs)) });
    };
    target.addEventListener('message', onReply as EventListener);
    target.addEventListener('error', onError);
    target.postMessage({ id, inputs } satisfies SimulationRequest);
    return () => {
      target.removeEventListener('message', onReply as EventListener);
      target.removeEventListener('error', onError);
    };
  }, [inputs]);

  const onPage = useMemo(
    () =>
      hasWorkers() ? null : { inputs, simulation: toColdStartOutcome(simulateColdStarts(inputs)) },
    [inputs],
  );
  if (onPage !== null) return { run: onPage, pending: false };
  return { run: result, pending: result?.inputs !== inputs };
}
