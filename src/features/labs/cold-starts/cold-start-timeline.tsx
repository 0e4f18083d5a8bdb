import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ColdStartOutcome } from '../../../domain/labs/cold-start-simulation';
import { formatNumber } from '../../../domain/labs/lab-fields';
import { layoutTimeline } from './timeline-layout';
import { AXIS_H, LANE_H, LaneLabels, Legend, Lane, PAD, Patterns } from './timeline-parts';
import { LaneTable } from './lane-table';

/** Zoom levels as powers of two: 1× fits the box, 32× shows single requests of short runs. */
const MAX_ZOOM = 5;
/** Width at 1× before the box has been measured (and in tests, which have no layout). */
const FALLBACK_WIDTH = 600;
const MIN_WIDTH = 240;
/** Room a tick label needs, in px. */
const TICK_LABEL_W = 44;

/** One lane per execution environment; zoom buttons and sideways scrolling for phones. */
export function ColdStartTimeline({ simulation }: Readonly<{ simulation: ColdStartOutcome }>) {
  const [zoom, setZoom] = useState(0);
  const [boxWidth, setBoxWidth] = useState<number | null>(null);
  // Lanes are drawn for the box's width; drawing them before it is measured would build the
  // whole drawing twice as the page opens.
  const measured = boxWidth ?? (typeof ResizeObserver === 'undefined' ? FALLBACK_WIDTH : null);
  const fitWidth = Math.max(MIN_WIDTH, (measured ?? FALLBACK_WIDTH) - PAD - 10);
  const width = Math.round(fitWidth * 2 ** zoom);
  const layout = useMemo(() => layoutTimeline(simulation, width), [simulation, width]);
  const baseId = useId();
  const ids = { init: `${baseId}-init`, restore: `${baseId}-restore` };
  const scrollRef = useRef<HTMLDivElement>(null);
  const centre = useRef<number | null>(null);

  useEffect(() => {
    const box = scrollRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBoxWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // Keep the same moment in the middle of the box when zooming.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box || centre.current === null) return;
    box.scrollLeft = centre.current * width + PAD - box.clientWidth / 2;
    centre.current = null;
  }, [width]);

  const rezoom = (next: number) => {
    const box = scrollRef.current;
    if (box) centre.current = (box.scrollLeft + box.clientWidth / 2 - PAD) / width;
    setZoom(next);
  };
  const height = AXIS_H + layout.lanes.length * LANE_H + 6;
  const minutes = formatNumber(simulation.durationMs / 60_000, 1);
  const label = `Timeline of ${layout.lanes.length} execution environments over ${minutes} minutes, with ${formatNumber(simulation.summary.coldStarts)} cold starts drawn as tall bars and handler runs as short bars. The table below lists every environment.`;

  return (
    <figure className="lab-chart">
      <div className="timeline-tools">
        <button
          type="button"
          className="button"
          disabled={zoom === 0}
          onClick={() => rezoom(zoom - 1)}
        >
          Zoom out
        </button>
        <button
          type="button"
          className="button"
          disabled={zoom === MAX_ZOOM}
          onClick={() => rezoom(zoom + 1)}
        >
          Zoom in
        </button>
        <span aria-live="polite">Zoom {2 ** zoom}×</span>
      </div>
      {layout.capped ? (
        <p className="notice">
          Drawing {formatNumber(layout.lanes.length)} of {formatNumber(layout.totalLanes)}{' '}
          environments to keep the page fast; the summary and the table count all of them.
        </p>
      ) : null}
      <div className="timeline-frame">
        <LaneLabels lanes={layout.lanes} height={height} />
        <div
          ref={scrollRef}
          className="timeline-scroll"
          tabIndex={0}
          role="region"
          aria-label="Environment timeline, scrolls sideways"
        >
          <svg width={PAD + width + 8} height={height} role="img" aria-label={label}>
            <Patterns ids={ids} />
            {layout.ticks.map((tick) => (
              <g key={tick.x}>
                <line
                  x1={PAD + tick.x}
                  x2={PAD + tick.x}
                  y1={AXIS_H - 4}
                  y2={height}
                  className="chart-grid"
                />
                {/* A label at the very end would run out of the drawing. */}
                {tick.x <= width - TICK_LABEL_W ? (
                  <text x={PAD + tick.x + 3} y={12} className="tl-axis-label">
                    {tick.label}
                  </text>
                ) : null}
              </g>
            ))}
            {measured === null
              ? null
              : layout.lanes.map((lane, row) => (
                  <Lane key={lane.id} lane={lane} row={row} ids={ids} />
                ))}
          </svg>
        </div>
      </div>
      <figcaption>
        <Legend ids={ids} />
        <p className="field-help">
          Requests less than a pixel apart are drawn as one bar: zoom in for detail.
        </p>
      </figcaption>
      <LaneTable simulation={simulation} />
    </figure>
  );
}
