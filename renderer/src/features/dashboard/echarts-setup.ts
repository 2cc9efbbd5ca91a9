/**
 * The part of ECharts the 工作台 draws with, registered once: bar and pie charts on a grid, with
 * tooltips and legends, drawn as SVG. SVG elements carry only attributes and inline styles, which
 * the production CSP allows (`style-src 'unsafe-inline'`); nothing here evaluates code. Loaded on
 * demand (echart.tsx), so the charts' code is fetched only when a chart is first shown.
 */
import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption
} from 'echarts/components'
import { init, use as register, type ComposeOption } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

register([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer])

/** The options a 工作台 chart may set: only what is registered above. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

export { init }
