import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { globalShortcuts, useCurrentShortcuts, type Shortcut } from './shortcuts';

/** Typing a `?` into a field is text, not a request for help. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type)
  );
}

function ShortcutTable({
  caption,
  rows,
}: Readonly<{ caption: string; rows: readonly Shortcut[] }>) {
  return (
    <table className="shortcut-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([keys, action]) => (
          <tr key={keys}>
            <th scope="row">
              <kbd>{keys}</kbd>
            </th>
            <td>{action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The `?` key (or the top bar's button) opens the shortcuts of the current screen. */
export function KeyboardHelp() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const screen = useCurrentShortcuts();
  const show = useCallback(() => setOpen(true), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      // A modal dialog traps focus and closes on Esc; where it is missing, a plain open one.
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    } else if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="icon-button help-button"
        onClick={show}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        <span aria-hidden="true">?</span>
      </button>
      <dialog
        ref={dialog}
        className="keyboard-help"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
      >
        {/* Empty while closed, so its text never shows up elsewhere (find in page, tests). */}
        {open ? (
          <>
            <h2 id={titleId}>Keyboard shortcuts</h2>
            {screen ? (
              <ShortcutTable caption={screen.screen} rows={screen.shortcuts} />
            ) : (
              <p>This screen has no shortcuts of its own.</p>
            )}
            <ShortcutTable caption="Everywhere" rows={globalShortcuts} />
            <button type="button" className="button primary" onClick={() => setOpen(false)}>
              Close
            </button>
          </>
        ) : null}
      </dialog>
    </>
  );
}
