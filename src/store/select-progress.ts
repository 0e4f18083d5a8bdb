import { PROGRESS_SCHEMA_VERSION, type Progress } from '../domain/progress/progress';
import type { ScheduleSettings } from '../domain/srs/scheduler';
import type { AppState, Clock } from './app-state';

/** The saved part of the state, as a progress file (also the persist `partialize`). */
export function selectProgress(state: AppState): Progress {
  return {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    settings: state.settings,
    cards: state.cards,
    reviewLog: state.reviewLog,
    attempts: state.attempts,
    activeExam: state.activeExam,
  };
}

/** The progress fields of the state, for `set` (everything but the schema version). */
export function progressFields(
  progress: Progress,
): Pick<AppState, 'settings' | 'cards' | 'reviewLog' | 'attempts' | 'activeExam'> {
  const { settings, cards, reviewLog, attempts, activeExam } = progress;
  return { settings, cards, reviewLog, attempts, activeExam };
}

/** Scheduler settings at `now` (ms epoch): the learner's retention and local time zone. */
export function scheduleSettingsAt(state: AppState, clock: Clock, now: number): ScheduleSettings {
  return {
    desiredRetention: state.settings.desiredRetention,
    utcOffsetMinutes: clock.utcOffsetMinutes(now),
  };
}
