/** A memory-backed store for the exam screens (jsdom has no IndexedDB) and small exams. */
import { screen, within } from '@testing-library/react';
import { createAppStore, setAppStore, type AppStore } from '../../../src/store/app-store';
import { createMemoryAdapter } from '../../../src/store/storage-adapter';
import { startSession, type ExamSession } from '../../../src/domain/exam/exam-session';
import { hydrated } from '../../store/helpers';
// Loaded up front, so the router's lazy pages resolve at once instead of being transformed
// on first render (seconds on a busy machine, longer than a query waits).
import '../../../src/features/exam/exam-start-page';
import '../../../src/features/exam/exam-page';
import '../../../src/features/exam/exam-result-page';
import { makeExam, makeItem } from '../../domain/exam/exam-fixtures';

/** A fresh store on memory storage, made the app's store, hydrated. */
export async function installMemoryStore(adapter = createMemoryAdapter()): Promise<AppStore> {
  const store = createAppStore({ adapter, requestPersistence: async () => true });
  setAppStore(store);
  return hydrated(store);
}

/**
 * Four questions (answers: b, a + c, b, b), domains 1, 2, 2, 4, started at `now`, `minutes`
 * long, saved as the active exam.
 */
export async function saveFourQuestionExam(
  store: AppStore,
  now: number,
  minutes = 20,
): Promise<ExamSession> {
  const exam = makeExam(
    [
      makeItem(1, { domain: 'dva-1', topic: 'triggers' }),
      makeItem(2, { domain: 'dva-2', topic: 'layers', multiple: true }),
      makeItem(3, { domain: 'dva-2', topic: 'concurrency' }),
      makeItem(4, { domain: 'dva-4', topic: 'cold-starts' }),
    ],
    minutes * 60_000,
  );
  const session = startSession(exam, 'dva-c02-test', now);
  await store.getState().setActiveExam(session);
  return session;
}

/** The navigator's jump button for question `n`. */
export function navigatorButton(n: number): HTMLElement {
  return within(screen.getByRole('list', { name: 'Questions' })).getByRole('button', {
    name: new RegExp(`^Question ${n},`),
  });
}
