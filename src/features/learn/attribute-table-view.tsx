import type { AttributeTable } from '../../../content/index';
import { FactCheckNote } from './fact-check-note';

/**
 * One of the document's tables as a real table. On narrow screens CSS stacks each row into
 * a card with its column labels; explicit roles keep the table semantics when it does.
 */
export function AttributeTableView({ table }: Readonly<{ table: AttributeTable }>) {
  const notes = table.rows.flatMap((row) =>
    Object.entries(row.notes ?? {}).map(([key, note]) => ({
      key: `${row.id}.${key}`,
      label: `${row.name} — ${table.columns.find((c) => c.key === key)?.label ?? key}`,
      note,
    })),
  );
  return (
    <figure className="table-figure">
      <table className="stack-table" role="table" id={`table-${table.id}`}>
        <caption>{table.title}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {table.nameLabel}
            </th>
            {table.columns.map((column) => (
              <th scope="col" role="columnheader" key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {table.rows.map((row) => (
            <tr role="row" key={row.id} id={`row-${table.id}-${row.id}`}>
              <th scope="row" role="rowheader">
                {row.name}
              </th>
              {table.columns.map((column) => (
                <td role="cell" key={column.key} data-label={column.label}>
                  {row.cells[column.key]?.text ?? '—'}
                  {row.notes?.[column.key] ? <sup className="note-mark"> *</sup> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 ? (
        <figcaption>
          <p className="note-intro">* Where current AWS documentation differs:</p>
          {notes.map((n) => (
            <div key={n.key}>
              <p className="note-label">{n.label}</p>
              <FactCheckNote note={n.note} />
            </div>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}
