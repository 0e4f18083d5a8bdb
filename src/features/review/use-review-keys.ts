import { useEffect, useRef } from 'react';

/** What the review keys do in the current state; a missing handler means the key does nothing. */
export type ReviewKeyHandlers = Readonly<{
  /** Keys 1–5, as a 0-based option index. */
  choose?: (index: number) => void;
  /** Enter or Space: check the answer, or grade Good / continue. */
  primary?: () => void;
  /** U: undo the last grade. */
  undo?: () => void;
}>;

function isChoiceInput(target: Element | null): boolean {
  return (
    target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')
  );
}

function isTextEntry(target: Element | null): boolean {
  if (target === null) return false;
  if (target instanceof HTMLInputElement) return !isChoiceInput(target);
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** Buttons, links and summaries already act on Enter and Space themselves. */
function isControl(target: Element | null): boolean {
  return target !== null && target.closest('button, a[href], summary') !== null;
}

/** Which handler a key press calls, or null to leave it to the browser. */
function handlerFor(event: KeyboardEvent, handlers: ReviewKeyHandlers): (() => void) | null {
  const target = event.target instanceof Element ? event.target : null;
  if (isTextEntry(target)) return null;
  const { key } = event;
  if (key === 'u' || key === 'U') return handlers.undo ?? null;
  if (/^[1-5]$/.test(key)) {
    const { choose } = handlers;
    return choose ? () => choose(Number(key) - 1) : null;
  }
  if (isControl(target)) return null;
  if (key === 'Enter') return handlers.primary ?? null;
  // Space on a radio button or check box chooses it, as usual.
  if (key === ' ' && !isChoiceInput(target)) return handlers.primary ?? null;
  return null;
}

/**
 * The review's keys anywhere on the page: 1–5 choose options, Enter or Space check the answer
 * and then grade Good (or continue after a wrong answer), U undoes the last grade. Keys the
 * question card already handled, and keys typed into text fields, are left alone.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.repeat) return;
      const run = handlerFor(event, latest.current);
      if (run === null) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
