/**
 * Runs cold-start simulations off the main thread: a default run is thousands of requests,
 * and computing it on the page blocked a phone's main thread as the lab opened.
 */
import type { ColdStartInputs } from '../../../domain/labs/cold-start-model';
import { simulateColdStarts, toColdStartOutcome } from '../../../domain/labs/cold-start-simulation';

export type SimulationRequest = Readonly<{ id: number; inputs: ColdStartInputs }>;

// The app's type library is the DOM's, whose `postMessage` is a window's.
const scope = globalThis as unknown as {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<SimulationRequest>) => void,
  ): void;
  postMessage(message: unknown): void;
};

scope.addEventListener('message', (event) => {
  const { id, inputs } = event.data;
  // The page never shows single requests; leaving them out halves what it has to copy in.
  scope.postMessage({ id, simulation: toColdStartOutcome(simulateColdStarts(inputs)) });
});
