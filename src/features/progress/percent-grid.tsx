type Props = Readonly<{
  /** x of the plot's left and right edges, in the chart's units. */
  left: number;
  right: number;
  percents: readonly number[];
  yOfPercent: (percent: number) => number;
}>;

/** Horizontal grid lines across a chart, each labelled with its percentage on the left. */
export function PercentGrid({ left, right, percents, yOfPercent }: Props) {
  return percents.map((percent) => (
    <g key={percent}>
      <line
        x1={left}
        x2={right}
        y1={yOfPercent(percent)}
        y2={yOfPercent(percent)}
        className="trend-grid"
      />
      <text x={left - 6} y={yOfPercent(percent) + 4} textAnchor="end" className="trend-label">
        {percent}%
      </text>
    </g>
  ));
}
