/**
 * A small line of assessment totals over time, drawn as inline SVG: a handful of points needs
 * no chart library, and the table beside it carries the exact figures.
 */
import { theme } from 'antd'
import { INCUBATION_STRINGS as S } from './strings'

export interface TrendPoint {
  id: string
  on: string
  kind: string
  total: number
}

const WIDTH = 320
const HEIGHT = 120
const PAD = 16

export function ScoreTrendChart({
  points,
  passMark
}: {
  points: readonly TrendPoint[]
  /** The office's 合格 line, drawn so a reader sees which totals passed. */
  passMark?: number
}) {
  const { token } = theme.useToken()
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0
  // Totals are on the 100-point scale, so the axis is fixed and two charts compare by eye.
  const y = (total: number) => HEIGHT - PAD - ((HEIGHT - 2 * PAD) * total) / 100
  const x = (index: number) => (points.length > 1 ? PAD + index * step : WIDTH / 2)
  const line = points.map((point, index) => `${x(index)},${y(point.total)}`).join(' ')
  return (
    <svg
      role="img"
      aria-label={S.trendChartLabel}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
    >
      {[0, ...(passMark === undefined ? [] : [passMark]), 100].map((mark) => (
        <g key={mark}>
          <line
            x1={PAD}
            x2={WIDTH - PAD}
            y1={y(mark)}
            y2={y(mark)}
            stroke={token.colorSplit}
            strokeDasharray="3 3"
          />
          <text x={0} y={y(mark) + 4} fontSize={9} fill={token.colorTextTertiary}>
            {mark}
          </text>
        </g>
      ))}
      <polyline points={line} fill="none" stroke={token.colorPrimary} strokeWidth={2} />
      {points.map((point, index) => (
        <circle key={point.id} cx={x(index)} cy={y(point.total)} r={3.5} fill={token.colorPrimary}>
          <title>{S.trendPoint(point.on, point.kind, point.total)}</title>
        </circle>
      ))}
    </svg>
  )
}
