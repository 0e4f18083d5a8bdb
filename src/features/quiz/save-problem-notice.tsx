import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { assertNever } from '../../domain/lib/assert-never';
import type { StorageStatus } from '../../store/durable-storage';

/** Why answers are not being saved, in the learner's words. */
export function describeSaveProblem(status: StorageStatus): string {
  switch (status) {
    case 'quota-exceeded':
      return 'This device’s storage is full, so your answers are not being saved.';
    case 'unavailable':
      return 'This browser does not let Warmstart save data here (private browsing or storage turned off), so your answers are not being saved.';
    case 'unreadable':
      return 'Your saved progress could not be read, so nothing new is saved until you choose what to do with it in Settings.';
    case 'loading':
    case 'ok':
      return 'Your last answer could not be saved.';
    default:
      return assertNever(status);
  }
}

/** A non-blocking message: the quiz goes on, the learner knows their progress is not kept. */
export function SaveProblemNotice({ problem }: Readonly<{ problem: StorageStatus | null }>) {
  return (
    <div role="status" className="quiz-status">
      {problem === null ? null : (
        <p className="notice quiz-save-problem">
          <strong>Progress not saved.</strong> {describeSaveProblem(problem)} You can keep
          practising.{' '}
          {problem === 'unreadable' ? <Link to={paths.settings}>Open Settings</Link> : null}
        </p>
      )}
    </div>
  );
}
