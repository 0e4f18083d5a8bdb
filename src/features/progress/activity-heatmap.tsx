import { assertNever } from '../../domain/lib/assert-never';
import type { Heatmap, HeatmapCell, HeatmapWeek } from '../../domain/srs/activity';
import { ScrollingTable } from './scrolling-table';
import { countAnswers, formatDay, formatMonth, formatShortDay } from './day-format';

/** The SVG's own units: 26 columns of 7 cells, weekday names on the left, months on top. */
const BOX = { left: 32, top: 18, step: 13, cell: 11 } as const;
const WIDTH = BOX.left + 26 * BOX.step + 2;
const HEIGHT = BOX.top + 7 * BOX.step + 2;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "412 answers on 38 days in the last 26 weeks; busiest: Mon, 3 Mar (64 answers)." */
export function summarizeActivity(heatmap: Heatmap): string {
  const span = `in the last ${heatmap.weeks.length} weeks`;
  if (heatmap.busiest === null) return `No answers ${span}.`;
  const { day, answers } = heatmap.busiest;
  return `Answers per day: ${countAnswers(heatmap.total)} on ${heatmap.activeDays} ${heatmap.activeDays === 1 ? 'day' : 'days'} ${span}; busiest ${formatDay(day)} (${countAnswers(answers)}).`;
}

/** Columns whose week starts a new month get its name, unless it would crowd the next one. */
function monthLabels(weeks: readonly HeatmapWeek[]): { index: number; text: string }[] {
  const starts = weeks.flatMap((week, index) => {
    const month = week.start.slice(0, 7);
    return index === 0 || month !== weeks[index - 1]?.start.slice(0, 7)
      ? [{ index, text: formatMonth(week.start) }]
      : [];
  });
  return starts.filter((s, i) => (starts[i + 1]?.index ?? Infinity) - s.index >= 3);
}

function Cell({ cell, x, y }: Readonly<{ cell: HeatmapCell; x: number; y: number }>) {
  switch (cell.kind) {
    case 'after-today':
      return null;
    case 'day':
      return (
        <rect
          x={x}
          y={y}
          width={BOX.cell}
          height={BOX.cell}
          rx={2}
          className={`heat heat-${cell.level}`}
        >
          <title>{`${formatDay(cell.day)}: ${countAnswers(cell.answers)}`}</title>
        </rect>
      );
    default:
      return assertNever(cell);
  }
}

function Legend({ heatmap }: Readonly<{ heatmap: Heatmap }>) {
  return (
    <figcaption className="heat-legend">
      <span>Answers a day:</span>
      <span>
        <span className="heat-swatch heat-0" aria-hidden="true" /> 0
      </span>
      {heatmap.levels.map((l) => (
        <span key={l.level}>
          <span className={`heat-swatch heat-${l.level}`} aria-hidden="true" />{' '}
          {l.min === l.max ? l.min : `${l.min}–${l.max}`}
        </span>
      ))}
    </figcaption>
  );
}

function WeekTable({ heatmap }: Readonly<{ heatmap: Heatmap }>) {
  return (
    <ScrollingTable label="Activity table, scrolls sideways">
      <table className="count-table">
        <caption>Answers per day, one row per week, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {WEEKDAYS.map((d) => (
              <th scope="col" key={d}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.weeks.map((week) => (
            <tr key={week.start}>
              <th scope="row">{formatShortDay(week.start)}</th>
              {week.cells.map((cell, i) => (
                <td key={i}>{cell.kind === 'day' ? cell.answers : '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}

/**
 * One cell per local day of the last 26 weeks (columns, Monday on top), shaded by answers
 * that day, with a legend of the counts each shade stands for and the figures as a table.
 */
export function ActivityHeatmap({ heatmap }: Readonly<{ heatmap: Heatmap }>) {
  return (
    <>
      <figure className="trend">
        <div
          className="trend-box heat-box"
          role="region"
          tabIndex={0}
          aria-label="Activity heatmap, scrolls sideways"
        >
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label={summarizeActivity(heatmap)}
            className="heat-svg"
          >
            {monthLabels(heatmap.weeks).map(({ index, text }) => (
              <text
                key={index}
                x={BOX.left + index * BOX.step}
                y={12}
                className="trend-label heat-label"
              >
                {text}
              </text>
            ))}
            {[0, 2, 4].map((row) => (
              <text
                key={row}
                x={BOX.left - 5}
                y={BOX.top + row * BOX.step + 9.5}
                textAnchor="end"
                className="trend-label heat-label"
              >
                {WEEKDAYS[row]}
              </text>
            ))}
            {heatmap.weeks.map((week, col) =>
              week.cells.map((cell, row) => (
                <Cell
                  key={`${week.start}-${row}`}
                  cell={cell}
                  x={BOX.left + col * BOX.step}
                  y={BOX.top + row * BOX.step}
                />
              )),
            )}
          </svg>
        </div>
        <Legend heatmap={heatmap} />
      </figure>
      <details className="trend-table">
        <summary>Activity as a table</summary>
        <WeekTable heatmap={heatmap} />
      </details>
    </>
  );
}
