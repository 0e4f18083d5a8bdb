import { useId, useState, type FormEvent } from 'react';
import { examProfiles } from '../../../content/exams';
import type { ExamCode } from '../../../content/schema';
import { useAppStore } from '../../store/use-app-store';

/** First run: asks which exam the learner prepares for (it can change in Settings). */
export function Welcome() {
  const updateSettings = useAppStore((state) => state.updateSettings);
  const [exam, setExam] = useState<ExamCode | null>(null);
  const [error, setError] = useState('');
  const name = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (exam === null) {
      setError('Choose an exam first.');
      return;
    }
    void updateSettings({ targetExam: exam });
  };
  return (
    <section className="welcome notice" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome</h2>
      <p>
        A few minutes a day is enough: Warmstart shows you what is due, then new cards, so the facts
        stick until exam day.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="welcome-exams" aria-describedby={`${name}-error`}>
          <legend>Which exam are you preparing for?</legend>
          {examProfiles.map((profile) => (
            <label key={profile.code} className="welcome-choice">
              <input
                type="radio"
                name={name}
                value={profile.code}
                checked={exam === profile.code}
                onChange={() => {
                  setExam(profile.code);
                  setError('');
                }}
              />
              <span>
                <strong>{profile.code}</strong> · {profile.name}
              </span>
            </label>
          ))}
        </fieldset>
        <p id={`${name}-error`} className="welcome-error" role="alert">
          {error}
        </p>
        <button type="submit" className="button primary">
          Start studying
        </button>
      </form>
    </section>
  );
}
