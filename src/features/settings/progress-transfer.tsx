import { useEffect, useId, useRef, useState } from 'react';
import { downloadTextFile, localDateStamp } from '../../components/ui/download-file';
import type { ImportChanges } from '../../domain/progress/describe-import';
import { PROGRESS_JSON_LIMITS, type ImportedProgress } from '../../domain/progress/transfer';
import { useAppStore } from '../../store/use-app-store';
import { ImportPreview } from './import-preview';

type Pending = Readonly<{ imported: ImportedProgress; changes: ImportChanges; fileName: string }>;

const TOO_LARGE = `The file is larger than ${PROGRESS_JSON_LIMITS.maxBytes / 1024 / 1024} MB; a progress file is far smaller.`;

function ExportProgress() {
  const createExport = useAppStore((state) => state.createExport);
  const [message, setMessage] = useState('');
  const exportNow = () => {
    const fileName = `warmstart-progress-${localDateStamp()}.json`;
    downloadTextFile(fileName, createExport());
    setMessage(`Downloaded ${fileName}.`);
  };
  return (
    <div className="setting">
      <p className="help">
        Everything stays on this device. Export a file to keep a copy or to move your progress to
        another device.
      </p>
      <button type="button" className="button" onClick={exportNow}>
        Export progress
      </button>
      <p role="status">{message}</p>
    </div>
  );
}

/** Reads a chosen file, shows what importing it would change, and applies it on confirm. */
function ImportProgress() {
  const previewImport = useAppStore((state) => state.previewImport);
  const replaceProgress = useAppStore((state) => state.replaceProgress);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (pending) document.getElementById('import-preview-heading')?.focus();
  }, [pending]);
  const clear = () => {
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
  };
  const onFile = async (file: File | undefined) => {
    setError('');
    setMessage('');
    setPending(null);
    if (file === undefined) return;
    const result =
      file.size > PROGRESS_JSON_LIMITS.maxBytes
        ? ({ ok: false, error: { message: TOO_LARGE } } as const)
        : await previewImport(await file.text());
    if (result.ok) setPending({ ...result.value, fileName: file.name });
    else setError(`Not imported: ${result.error.message} Your progress is unchanged.`);
  };
  const confirm = async () => {
    if (pending === null) return;
    setBusy(true);
    const save = await replaceProgress(pending.imported.progress);
    setBusy(false);
    clear();
    setMessage(
      save.kind === 'saved'
        ? 'Imported: your progress now comes from the file.'
        : 'Imported for this visit, but not saved: see the storage notice above.',
    );
  };
  return (
    <div className="setting">
      <label htmlFor={id}>Progress file to import (.json)</label>
      <input
        ref={fileInput}
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-error`}
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
      <p id={`${id}-error`} className="error" role="alert">
        {error}
      </p>
      {pending ? (
        <ImportPreview
          {...pending}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => {
            clear();
            setMessage('Import cancelled: nothing changed.');
          }}
        />
      ) : null}
      <p role="status">{message}</p>
    </div>
  );
}

/** Export to a file and import from one. */
export function ProgressTransfer() {
  return (
    <>
      <ExportProgress />
      <ImportProgress />
    </>
  );
}
