/** The pieces of the cold-start timeline drawing: lanes, lane labels, patterns, legend. */
import type { ReactNode } from 'react';
import type { TimelineLaneLayout } from './timeline-layout';

export const LANE_H = 24;
export const AXIS_H = 22;
/** Room left of time 0 inside the scrolling drawing. */
export const PAD = 6;
export const LABEL_W = 34;

export type PatternIds = Readonly<{ init: string; restore: string }>;

/** Lane numbers beside the scrolling drawing, so they stay in view when it scrolls. */
export function LaneLabels({
  lanes,
  height,
}: Readonly<{ lanes: readonly TimelineLaneLayout[]; height: number }>) {
  return (
    <svg
      className="timeline-labels"
      width={LABEL_W}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      {lanes.map((lane, row) => (
        <text
          key={lane.id}
          x={4}
          y={AXIS_H + row * LANE_H + LANE_H / 2 + 3}
          className="tl-lane-label"
        >
          {lane.kind === 'provisioned' ? `P${lane.id + 1}` : `${lane.id + 1}`}
        </text>
      ))}
    </svg>
  );
}

const round = (px: number): number => Math.round(px * 100) / 100;

/** The lane's handler bars, 8 px tall around `mid`, as the outline of one SVG path. */
function handlerPath(lane: TimelineLaneLayout, mid: number): string {
  return lane.bars
    .filter((bar) => bar.kind === 'handler')
    .map((bar) => `M${round(PAD + bar.x)} ${mid - 4}h${round(bar.width)}v8h${-round(bar.width)}z`)
    .join('');
}

export function Lane({
  lane,
  row,
  ids,
}: Readonly<{ lane: TimelineLaneLayout; row: number; ids: PatternIds }>) {
  const mid = AXIS_H + row * LANE_H + LANE_H / 2;
  return (
    <g>
      <line x1={PAD + lane.from} x2={PAD + lane.to} y1={mid} y2={mid} className="tl-lane-line" />
      {lane.recycled ? (
        <line
          x1={PAD + lane.to}
          x2={PAD + lane.to}
          y1={mid - 6}
          y2={mid + 6}
          className="tl-recycled"
        />
      ) : null}
      {/* Handler runs are one path per lane: hundreds of rects made the page slow to open. */}
      <path d={handlerPath(lane, mid)} className="tl-handler" />
      {lane.bars.map((bar, i) =>
        bar.kind === 'handler' ? null : (
          <rect
            key={i}
            x={PAD + bar.x}
            y={mid - 9}
            width={bar.width}
            height={18}
            fill={`url(#${bar.kind === 'init' ? ids.init : ids.restore})`}
            className={`tl-${bar.kind}-outline`}
          />
        ),
      )}
    </g>
  );
}

export function Patterns({ ids }: Readonly<{ ids: PatternIds }>) {
  return (
    <defs>
      <pattern
        id={ids.init}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="tl-init" />
        <line x1="0" y1="0" x2="0" y2="6" className="tl-pattern-line" />
      </pattern>
      <pattern id={ids.restore} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" className="tl-restore" />
        <circle cx="2.5" cy="2.5" r="1.2" className="tl-pattern-dot" />
      </pattern>
    </defs>
  );
}

export function Legend({ ids }: Readonly<{ ids: PatternIds }>) {
  const swatch = (content: ReactNode) => (
    <svg width="28" height="18" aria-hidden="true" focusable="false">
      {content}
    </svg>
  );
  return (
    <ul className="timeline-legend" aria-label="Legend">
      <li>
        {swatch(
          <rect
            x="1"
            y="0"
            width="26"
            height="18"
            fill={`url(#${ids.init})`}
            className="tl-init-outline"
          />,
        )}
        Init (cold start): tall, hatched
      </li>
      <li>
        {swatch(
          <rect
            x="1"
            y="0"
            width="26"
            height="18"
            fill={`url(#${ids.restore})`}
            className="tl-restore-outline"
          />,
        )}
        SnapStart restore (cold start): tall, dotted
      </li>
      <li>
        {swatch(<rect x="1" y="5" width="26" height="8" className="tl-handler" />)}
        Handler running: short, solid
      </li>
      <li>
        {swatch(
          <>
            <line x1="0" x2="22" y1="9" y2="9" className="tl-lane-line" />
            <line x1="22" x2="22" y1="3" y2="15" className="tl-recycled" />
          </>,
        )}
        Environment alive; end tick: recycled after idle
      </li>
      <li>P: provisioned environment</li>
    </ul>
  );
}
