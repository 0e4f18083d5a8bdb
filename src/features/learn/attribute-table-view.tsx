import type { AttributeTable, TableColumn, TableRow } from '../../../content/schema';
import { NotesSaid } from './fact-notes';

function CellText({ row, column }: Readonly<{ row: TableRow; column: TableColumn }>) {
  const cell = row.cells[column.key];
  if (cell === undefined)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not applicable</span>
      </>
    );
  return (
    <>
      {cell.text}
      {cell.notesSaid === undefined ? null : <sup className="note-mark"> *</sup>}
    </>
  );
}

/** Entities as rows: the usual layout. */
function RowsBody({ table }: Readonly<{ table: AttributeTable }>) {
  return (
    <>
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
                <CellText row={row} column={column} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
}

/** Attributes as rows, entities as columns: for few entities with many attributes. */
function TransposedBody({ table, label }: Readonly<{ table: AttributeTable; label: string }>) {
  return (
    <>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {label}
          </th>
          {table.rows.map((row) => (
            <th scope="col" role="columnheader" key={row.id} id={`row-${table.id}-${row.id}`}>
              {row.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {table.columns.map((column) => (
          <tr role="row" key={column.key}>
            <th scope="row" role="rowheader">
              {column.label}
            </th>
            {table.rows.map((row) => (
              <td role="cell" key={row.id} data-label={row.name}>
                <CellText row={row} column={column} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
}

/**
 * One of the document's tables as a real table. On narrow screens CSS stacks each row into
 * a card with its column labels; explicit roles keep the table semantics when it does.
 */
export function AttributeTableView({ table }: Readonly<{ table: AttributeTable }>) {
  const notes = table.rows.flatMap((row) =>
    table.columns.flatMap((column) => {
      const said = row.cells[column.key]?.notesSaid;
      return said === undefined
        ? []
        : [{ key: `${row.id}.${column.key}`, label: `${row.name}, ${column.label}`, said }];
    }),
  );
  return (
    <figure className="table-figure">
      <table className="stack-table" role="table" id={`table-${table.id}`}>
        <caption>{table.title}</caption>
        {table.display?.kind === 'transposed' ? (
          <TransposedBody table={table} label={table.display.label} />
        ) : (
          <RowsBody table={table} />
        )}
      </table>
      {notes.length > 0 ? (
        <figcaption>
          <p className="note-intro">* Where older material said otherwise:</p>
          {notes.map((n) => (
            <div key={n.key}>
              <p className="note-label">{n.label}</p>
              <NotesSaid said={n.said} examNote={undefined} />
            </div>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}
