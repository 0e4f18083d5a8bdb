import { useCallback, useRef, useState } from 'react';
import type { AttemptSummary } from '../../domain/progress/progress';
import type { Answer } from '../../domain/srs/scheduler';
import type { SaveResult, StorageStatus } from '../../store/durable-storage';
import { useAppStore } from '../../store/use-app-store';

const SAVED: SaveResult = { kind: 'saved' };

// A failed save must not stop the quiz: it is reported like storage that is unavailable.
const asNotSaved = (): SaveResult => ({ kind: 'not-saved', status: 'unavailable' });

export type AnswerSaving = Readonly<{
  /** Starts saving an answer to the spaced-repetition cards. */
  saveAnswer: (answer: Answer) => void;
  /** Resolves once the answer saved last is written (or failed). */
  waitForAnswer: () => Promise<void>;
  /** Files a finished quiz (its answers were saved one by one). */
  saveAttempt: (attempt: AttemptSummary) => Promise<void>;
  /** Why the last save failed, or null while saving works. */
  problem: StorageStatus | null;
}>;

/**
 * Saves quiz answers through the app store. The learner keeps going when saving fails;
 * `problem` says why, for a message.
 */
export function useAnswerSaving(): AnswerSaving {
  const recordAnswer = useAppStore((s) => s.recordAnswer);
  const recordAttempt = useAppStore((s) => s.recordAttempt);
  const pending = useRef<Promise<SaveResult>>(Promise.resolve(SAVED));
  const [problem, setProblem] = useState<StorageStatus | null>(null);

  const report = useCallback((result: SaveResult): void => {
    setProblem(result.kind === 'saved' ? null : result.status);
  }, []);

  const saveAnswer = useCallback(
    (answer: Answer): void => {
      const saving = recordAnswer(answer).catch(asNotSaved);
      pending.current = saving;
      void saving.then(report);
    },
    [recordAnswer, report],
  );

  const waitForAnswer = useCallback(async (): Promise<void> => {
    report(await pending.current);
  }, [report]);

  const saveAttempt = useCallback(
    async (attempt: AttemptSummary): Promise<void> => {
      report(await recordAttempt(attempt, []).catch(asNotSaved));
    },
    [recordAttempt, report],
  );

  return { saveAnswer, waitForAnswer, saveAttempt, problem };
}
