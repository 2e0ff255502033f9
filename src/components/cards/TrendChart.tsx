import type { Point } from '../../model/regional';

/** A small line chart (SVG) of a yearly series, the national series dashed beside it; described in words for screen readers. */
export function TrendChart(props: { series: readonly Point[]; national?: readonly Point[]; label: string; format(v: number): string }) {
  const { series } = props;
  if (series.length < 2) return null;
  const W = 300;
  const H = 70;
  const pad = { l: 4, r: 4, t: 8, b: 16 };
  const periods = series.map((p) => p[0]);
  const nat = (props.national ?? []).filter((p) => periods.includes(p[0]));
  const values = [...series, ...nat].map((p) => p[1]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => pad.l + (i * (W - pad.l - pad.r)) / (periods.length - 1);
  const y = (v: number) => pad.t + (max === min ? 0.5 : 1 - (v - min) / (max - min)) * (H - pad.t - pad.b);
  const path = (pts: readonly Point[]) => pts.map((p) => `${x(periods.indexOf(p[0])).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
  const first = series[0]!;
  const last = series[series.length - 1]!;
  const desc = `${props.label}: ${first[0]} ${props.format(first[1])} → ${last[0]} ${props.format(last[1])}`;
  return (
    <svg className="trend-chart" viewBox={`0 0 ${W} ${H}`} width="100%" height={H} role="img" aria-label={desc}>
      {nat.length > 1 ? <polyline points={path(nat)} fill="none" stroke="#767676" strokeWidth="1.5" strokeDasharray="4 3" /> : null}
      <polyline points={path(series)} fill="none" stroke="#154273" strokeWidth="2.5" />
      <circle cx={x(periods.length - 1)} cy={y(last[1])} r="3.5" fill="#154273" />
      <text x={pad.l} y={H - 3} fontSize="11" fill="#444">
        {first[0]}
      </text>
      <text x={W - pad.r} y={H - 3} fontSize="11" fill="#444" textAnchor="end">
        {last[0]}
      </text>
    </svg>
  );
}
