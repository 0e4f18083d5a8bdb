import type { ReviewOutcome } from '../../../domain/review/review-types';

/** Where the reviewer page stands; `done` keeps the exact text that was reviewed. */
export type ReviewStatus =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'running' }>
  | Readonly<{ kind: 'done'; text: string; outcome: ReviewOutcome }>
  | Readonly<{ kind: 'timed-out'; seconds: number }>
  | Readonly<{ kind: 'crashed'; message: string }>
  | Readonly<{ kind: 'file-error'; message: string }>;
