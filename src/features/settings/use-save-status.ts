import { useCallback, useState } from 'react';
import type { SaveResult } from '../../store/durable-storage';

/** A short, announced note on whether the last change was saved. */
export function useSaveStatus(): [string, (save: Promise<SaveResult>) => void] {
  const [message, setMessage] = useState('');
  const track = useCallback((save: Promise<SaveResult>) => {
    void save.then(
      (result) =>
        setMessage(
          result.kind === 'saved'
            ? 'Saved.'
            : 'Applied for now, but not saved: see the storage notice above.',
        ),
      () => setMessage('The change could not be saved.'),
    );
  }, []);
  return [message, track];
}
