import type { ImportChanges, SettingChange } from '../../domain/progress/describe-import';
import { PROGRESS_SCHEMA_VERSION } from '../../domain/progress/progress';
import type { ImportedProgress } from '../../domain/progress/transfer';
import { assertNever } from '../../domain/lib/assert-never';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeSetting(change: SettingChange): string {
  switch (change.key) {
    case 'targetExam':
      return `Target exam: ${change.from ?? 'not decided'} → ${change.to ?? 'not decided'}`;
    case 'desiredRetention':
      return `Desired retention: ${Math.round(change.from * 100)} % → ${Math.round(change.to * 100)} %`;
    case 'newCardsPerDay':
      return `New cards a day: ${change.from} → ${change.to}`;
    case 'theme':
      return `Theme: ${change.from} → ${change.to}`;
    default:
      return assertNever(change);
  }
}

const EXAM_TEXT = {
  none: null,
  unchanged: null,
  added: 'A practice exam in progress comes with the file.',
  replaced: 'Your practice exam in progress is replaced by the one in the file.',
  removed: 'Your practice exam in progress is dropped (the file has none).',
} as const satisfies Record<ImportChanges['activeExam'], string | null>;

function ChangeList({ changes }: Readonly<{ changes: ImportChanges }>) {
  const { cards, answers, attempts } = changes;
  const exam = EXAM_TEXT[changes.activeExam];
  return (
    <ul className="change-list">
      <li>
        Cards: {plural(cards.added, 'card')} added, {cards.updated} updated from the file,{' '}
        {cards.unchanged} unchanged.
      </li>
      {cards.removed > 0 ? (
        <li>
          <strong>
            {plural(cards.removed, 'card')} studied only on this device would lose their progress.
          </strong>
        </li>
      ) : null}
      <li>
        Answers on record: {answers.current} now, {answers.incoming} after importing.
      </li>
      <li>
        Quiz and exam results: {attempts.added} added, {attempts.removed} removed, {attempts.kept}{' '}
        kept.
      </li>
      {changes.settings.map((change) => (
        <li key={change.key}>{describeSetting(change)}</li>
      ))}
      {exam ? <li>{exam}</li> : null}
    </ul>
  );
}

type Props = Readonly<{
  imported: ImportedProgress;
  changes: ImportChanges;
  fileName: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}>;

/** What an import would change, shown before anything is: the learner confirms or cancels. */
export function ImportPreview({ imported, changes, fileName, busy, onConfirm, onCancel }: Props) {
  const exported = new Date(imported.exportedAt).toLocaleString('en');
  const migrated = imported.fromVersion < PROGRESS_SCHEMA_VERSION;
  return (
    <section className="import-preview notice" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" tabIndex={-1}>
        Check before importing
      </h3>
      <p>
        {fileName}, exported {exported}
        {migrated ? ` (format ${imported.fromVersion}, updated to ${PROGRESS_SCHEMA_VERSION})` : ''}
        . Importing replaces all progress on this device with the file&apos;s.
      </p>
      {changes.identical ? (
        <p>The file holds the same progress as this device: nothing would change.</p>
      ) : (
        <ChangeList changes={changes} />
      )}
      <p className="actions">
        <button type="button" className="button primary" disabled={busy} onClick={onConfirm}>
          Replace my progress
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </p>
    </section>
  );
}
