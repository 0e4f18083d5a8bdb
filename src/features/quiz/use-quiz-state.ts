import { useCallback, useRef, useState, type RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { setupFromParams } from './quiz-form';
import { restoreQuizState } from './quiz-history';
import type { QuizState } from './quiz-session';

export type QuizStateHandle = Readonly<{
  state: QuizState;
  /** The latest state, for handlers that run after an await or twice in a row. */
  latest: RefObject<QuizState>;
  update: (next: QuizState) => void;
  /** True once the learner moved the quiz on: screens may then take focus. */
  moved: boolean;
}>;

function initialState(historyState: unknown, search: string): QuizState {
  const restored = restoreQuizState(historyState);
  if (restored) return restored;
  const { form, unknownTopic } = setupFromParams(new URLSearchParams(search));
  return { kind: 'setup', form, unknownTopic };
}

/**
 * The quiz state, mirrored into the current history entry so that Back (after following a
 * Learn link) or a reload resumes the quiz. `?topic=`, `?exam=`, `?domain=` and `?style=` set up
 * a new quiz when there is none.
 */
export function useQuizState(): QuizStateHandle {
  const location = useLocation();
  const navigate = useNavigate();
  const [state, setState] = useState<QuizState>(() =>
    initialState(location.state, location.search),
  );
  const latest = useRef(state);
  const [moved, setMoved] = useState(false);
  const { search } = location;
  const update = useCallback(
    (next: QuizState) => {
      latest.current = next;
      setState(next);
      setMoved(true);
      void navigate({ search }, { replace: true, state: next });
    },
    [navigate, search],
  );
  return { state, latest, update, moved };
}
