import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/use-app-store';

/** Deletes progress only after a second, explicit button. */
export function ResetProgress() {
  const resetProgress = useAppStore((state) => state.resetProgress);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const reset = async () => {
    setBusy(true);
    const save = await resetProgress();
    setBusy(false);
    setConfirming(false);
    setMessage(
      save.kind === 'saved'
        ? 'Progress reset: you start again with no cards studied.'
        : 'Progress reset for this visit, but not saved: see the storage notice above.',
    );
  };
  return (
    <div className="setting">
      <p className="help">
        Deletes your cards, review history and quiz and exam results on this device. Settings are
        kept.
      </p>
      {confirming ? (
        <div className="notice reset-confirm">
          <p ref={question} tabIndex={-1}>
            <strong>Delete all your progress on this device?</strong> This cannot be undone; export
            it first if you may want it back.
          </p>
          <p className="actions">
            <button
              type="button"
              className="button danger"
              disabled={busy}
              onClick={() => void reset()}
            >
              Yes, delete my progress
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Reset progress…
        </button>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
