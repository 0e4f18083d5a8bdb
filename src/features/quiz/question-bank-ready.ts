/**
 * The question bank, planned once per page load in short steps (see `prepareQuestionBank`).
 * Pages that list or generate cards wait for this before they render, so their synchronous
 * calls find the plans cached instead of blocking a phone for the whole bank at once.
 */
import { topics } from '../../../content/index';
import { prepareQuestionBank } from '../../domain/quiz/generate-questions';

type Scheduler = { yield?: () => Promise<void> };

/** Lets the browser paint and handle input before the next step. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield !== undefined) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

let ready: Promise<void> | undefined;

/** Resolves once every card of the app's content is planned. */
export function whenQuestionBankReady(): Promise<void> {
  return (ready ??= prepareQuestionBank({ topics }, yieldToBrowser));
}
