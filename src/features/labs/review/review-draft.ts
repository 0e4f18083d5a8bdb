/**
 * Keeps the template being edited in sessionStorage, so a reload or a failed review never
 * loses it. Storage may be missing or full: every call fails quietly.
 */
const KEY = 'warmstart:review-draft';
/** Larger drafts are not stored (sessionStorage holds about 5 MB in all). */
const MAX_DRAFT_CHARS = 1_000_000;

export function loadReviewDraft(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveReviewDraft(text: string): void {
  try {
    if (text === '') sessionStorage.removeItem(KEY);
    else if (text.length <= MAX_DRAFT_CHARS) sessionStorage.setItem(KEY, text);
  } catch {
    // Storage full or blocked: the draft stays in the page only.
  }
}
