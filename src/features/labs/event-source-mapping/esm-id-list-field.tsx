import { useState } from 'react';

type Props = Readonly<{
  id: string;
  label: string;
  ids: readonly number[];
  recordCount: number;
  onCommit: (ids: readonly number[]) => void;
}>;

/** "2, 7" → [2, 7]; an error message when a part is not an existing record id. */
export function parseRecordIds(
  text: string,
  recordCount: number,
): { ids: number[] } | { error: string } {
  const parts = text.split(/[\s,]+/).filter((p) => p !== '');
  const bad = parts.find((p) => !/^\d+$/.test(p) || Number(p) >= recordCount);
  if (bad !== undefined) {
    return {
      error: `“${bad.slice(0, 12)}” is not a record id: use whole numbers from 0 to ${recordCount - 1}, separated by commas.`,
    };
  }
  return { ids: [...new Set(parts.map(Number))].sort((a, b) => a - b) };
}

const sameIds = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** A comma-separated list of record ids, committed only when every id exists. */
export function EsmIdListField({ id, label, ids, recordCount, onCommit }: Props) {
  const [draft, setDraft] = useState(ids.join(', '));
  // Only a new list from outside (a preset, a shorter run) replaces what is being typed.
  const [seen, setSeen] = useState(ids);
  const parsed = parseRecordIds(draft, recordCount);
  if (!sameIds(seen, ids)) {
    setSeen(ids);
    if (!('ids' in parsed) || !sameIds(parsed.ids, ids)) setDraft(ids.join(', '));
  }
  const error = 'error' in parsed ? parsed.error : undefined;
  return (
    <div className="esm-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={`${id}-help${error === undefined ? '' : ` ${id}-error`}`}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const next = parseRecordIds(text, recordCount);
          if ('ids' in next && !sameIds(next.ids, ids)) onCommit(next.ids);
        }}
      />
      <p id={`${id}-help`} className="esm-help">
        Record ids 0 to {recordCount - 1}, separated by commas; leave empty for none.
      </p>
      {error === undefined ? null : (
        <p id={`${id}-error`} className="esm-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
