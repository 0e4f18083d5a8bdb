import type { ImportChanges } from '../domain/progress/describe-import';
import type { ProgressError, ProgressResult } from '../domain/progress/progress-error';
import type { ActiveExam, AttemptSummary, Progress, Settings } from '../domain/progress/progress';
import type { ImportedProgress } from '../domain/progress/transfer';
import type { CardStates } from '../domain/srs/card-state';
import type { ReviewLog, UndoEntry } from '../domain/srs/review-log';
import type { Answer } from '../domain/srs/scheduler';
import type { DurableStorage, SaveResult, StorageStatus } from './durable-storage';

/** Time as the store sees it; injectable so tests control it. */
export type Clock = Readonly<{
  /** ms epoch. */
  now: () => number;
  /** Local time minus UTC at `now`, in minutes. */
  utcOffsetMinutes: (now: number) => number;
}>;

export type SettingsSlice = Readonly<{
  settings: Settings;
  /** Applies a change (retention and new cards a day are clamped) and saves it. */
  updateSettings: (patch: Partial<Settings>) => Promise<SaveResult>;
}>;

export type CardsSlice = Readonly<{
  cards: CardStates;
  reviewLog: ReviewLog;
  /**
   * Schedules the card and resolves only once the answer is written to storage, so the view
   * can await it before showing the next card.
   */
  recordAnswer: (answer: Answer) => Promise<SaveResult>;
  /** Restores the card answered last exactly as it was; `undone` is null when there was nothing to undo. */
  undoLastReview: () => Promise<Readonly<{ undone: UndoEntry | null; save: SaveResult }>>;
}>;

export type AttemptsSlice = Readonly<{
  attempts: readonly AttemptSummary[];
  /**
   * Files a finished quiz or exam and applies its answers to the cards (an exam's answers are
   * only known at submit; a quiz that already recorded each answer passes none), in one write.
   */
  recordAttempt: (attempt: AttemptSummary, answers: readonly Answer[]) => Promise<SaveResult>;
}>;

export type ActiveExamSlice = Readonly<{
  activeExam: ActiveExam | null;
  /** Saves (or clears, with null) the exam in progress; throws on a value that is not a plain JSON object. */
  setActiveExam: (exam: ActiveExam | null) => Promise<SaveResult>;
}>;

export type StorageSlice = Readonly<{
  storageStatus: StorageStatus;
  /** False until the stored progress has been read (or found missing or unreadable). */
  hydrated: boolean;
  /** Why the stored progress could not be read, when `storageStatus` is `unreadable`. */
  loadError: ProgressError | null;
  /** With the learner's consent: start over after unreadable or unavailable storage (settings kept). */
  startFresh: () => Promise<SaveResult>;
  /** Replaces all progress (an import the learner confirmed). */
  replaceProgress: (progress: Progress) => Promise<SaveResult>;
  /** Clears cards, review history, attempts and the active exam; keeps settings. */
  resetProgress: () => Promise<SaveResult>;
  /** The export file's text. */
  createExport: () => string;
  /**
   * Reads an export file and says what importing it would change; changes nothing. A file
   * from an earlier version is upgraded first, which may load the question bank.
   */
  previewImport: (
    text: string,
  ) => Promise<ProgressResult<Readonly<{ imported: ImportedProgress; changes: ImportChanges }>>>;
  /** Keys of unreadable copies kept aside. */
  listUnreadableCopies: () => Promise<string[]>;
  /** The text of an unreadable copy (this session's, or a listed key), for download. */
  readUnreadableCopy: (copyKey?: string) => Promise<string | null>;
  /** Waits for every pending write. */
  flush: () => Promise<SaveResult>;
}>;

export type AppState = SettingsSlice & CardsSlice & AttemptsSlice & ActiveExamSlice & StorageSlice;

/** What slices get: state access plus the store's services. */
export type SliceContext = Readonly<{
  set: (partial: Partial<AppState>) => void;
  get: () => AppState;
  storage: DurableStorage;
  clock: Clock;
  /** Resolves once hydration finished; actions wait for it so they never race the read. */
  ready: Promise<void>;
  /** Called after an answer was saved (asks once for persistent storage). */
  afterAnswerSaved: () => void;
}>;
