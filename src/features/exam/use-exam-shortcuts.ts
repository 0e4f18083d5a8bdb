import { useEffect, useRef } from 'react';

export type ExamShortcutActions = Readonly<{
  next: () => void;
  previous: () => void;
  flag: () => void;
  review: () => void;
  /** 0-based option index. */
  choose: (index: number) => void;
}>;

/** Typing somewhere that takes text must not trigger shortcuts. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['radio', 'checkbox', 'button', 'submit'].includes(target.type)
  );
}

/**
 * Page-wide exam shortcuts: N next, P previous, F flag, S review and submit, 1–5 choose.
 * Keys the question card already handled (it prevents their default) are left alone.
 */
export function useExamShortcuts(actions: ExamShortcutActions, enabled: boolean): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      const act = latest.current;
      const handlers: Record<string, (() => void) | undefined> = {
        n: act.next,
        p: act.previous,
        f: act.flag,
        s: act.review,
      };
      const handler = handlers[key];
      const option = Number(key) - 1;
      if (handler) handler();
      else if (Number.isInteger(option) && option >= 0 && option < 5) act.choose(option);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
