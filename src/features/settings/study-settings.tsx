import { useId, useState } from 'react';
import { examProfiles } from '../../../content/exams';
import { NEW_CARDS_PER_DAY, RETENTION } from '../../domain/srs/srs-settings';
import type { Settings } from '../../domain/progress/progress';
import { useAppStore } from '../../store/use-app-store';

type Update = (patch: Partial<Settings>) => void;

function ExamSetting({ update }: Readonly<{ update: Update }>) {
  const target = useAppStore((state) => state.settings.targetExam);
  const name = useId();
  return (
    <fieldset className="setting">
      <legend>Target exam</legend>
      {examProfiles.map((profile) => (
        <label key={profile.code} className="choice">
          <input
            type="radio"
            name={name}
            checked={target === profile.code}
            onChange={() => update({ targetExam: profile.code })}
          />
          <span>
            {profile.code} · {profile.name}
          </span>
        </label>
      ))}
      <label className="choice">
        <input
          type="radio"
          name={name}
          checked={target === null}
          onChange={() => update({ targetExam: null })}
        />
        <span>Not decided yet</span>
      </label>
    </fieldset>
  );
}

function RetentionSetting({ update }: Readonly<{ update: Update }>) {
  const retention = useAppStore((state) => state.settings.desiredRetention);
  const id = useId();
  const percent = Math.round(retention * 100);
  return (
    <div className="setting">
      <label htmlFor={id}>Desired retention (%)</label>
      <div className="range-row">
        <input
          id={id}
          type="range"
          min={Math.round(RETENTION.min * 100)}
          max={Math.round(RETENTION.max * 100)}
          step={1}
          value={percent}
          aria-valuetext={`${percent} %`}
          aria-describedby={`${id}-help`}
          onChange={(event) => update({ desiredRetention: Number(event.target.value) / 100 })}
        />
        <output htmlFor={id}>{percent} %</output>
      </div>
      <p id={`${id}-help`} className="help">
        The chance that you still remember a card when it comes back. Higher retention means you
        forget less, but cards come back sooner, so you do more reviews each day. Lower retention
        means fewer reviews, and more cards forgotten in between. 90 % suits most learners; the
        range is 70 % to 97 %.
      </p>
    </div>
  );
}

function NewCardsSetting({ update }: Readonly<{ update: Update }>) {
  const stored = useAppStore((state) => state.settings.newCardsPerDay);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const { min, max } = NEW_CARDS_PER_DAY;
  const onChange = (raw: string) => {
    const value = Number(raw);
    if (raw.trim() !== '' && Number.isInteger(value) && value >= min && value <= max) {
      setDraft(null);
      update({ newCardsPerDay: value });
    } else {
      setDraft(raw);
    }
  };
  const invalid = draft !== null;
  return (
    <div className="setting">
      <label htmlFor={id}>New cards a day</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft ?? String(stored)}
        aria-invalid={invalid}
        aria-describedby={`${id}-help ${id}-error`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-help`} className="help">
        Cards you see for the first time each day, from {min} to {max}. Each new card brings a few
        reviews over the following days.
      </p>
      <p id={`${id}-error`} className="error" role="alert">
        {invalid ? `Enter a whole number from ${min} to ${max}; ${stored} is kept.` : null}
      </p>
    </div>
  );
}

/** Target exam, desired retention and new cards a day: saved as soon as they change. */
export function StudySettings({ update }: Readonly<{ update: Update }>) {
  return (
    <>
      <ExamSetting update={update} />
      <RetentionSetting update={update} />
      <NewCardsSetting update={update} />
    </>
  );
}
