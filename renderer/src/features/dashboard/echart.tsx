/**
 * One ECharts chart: initialised on its div once the chart code has loaded, given each new option
 * whole, resized with its box, and disposed when it leaves the page. The chart is a picture of
 * figures shown as text beside it, so it is one image to assistive technology, named by `label`.
 */
import { useEffect, useRef, useState } from 'react'
import { Flex, Spin, Typography } from 'antd'
import type { EChartsType } from 'echarts/core'
import type { ChartOption } from './echarts-setup'
import { DASHBOARD_STRINGS as S } from './strings'

const loadSetup = () => import('./echarts-setup')

export interface EChartProps {
  option: ChartOption
  /** What the chart shows, e.g. `各月计划与已拨付金额（万元）`. */
  label: string
  height?: number
}

export function EChart({ option, label, height = 220 }: EChartProps) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsType | null>(null)
  // The option the chart is drawn with once it exists, and whenever it changes after.
  const latest = useRef(option)
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading')

  useEffect(() => {
    let disposed = false
    let observer: ResizeObserver | null = null
    loadSetup().then(
      ({ init }) => {
        const element = box.current
        if (disposed || !element) return
        // A box not laid out yet (a hidden tab) gets its chart when it first has a width.
        const start = () => {
          if (chart.current || element.clientWidth === 0) return
          chart.current = init(element, null, { renderer: 'svg', locale: 'ZH', height })
          chart.current.setOption(latest.current)
          setState('ready')
        }
        observer = new ResizeObserver(() => {
          if (chart.current) chart.current.resize()
          else start()
        })
        observer.observe(element)
        start()
      },
      () => {
        if (!disposed) setState('failed')
      }
    )
    return () => {
      disposed = true
      observer?.disconnect()
      chart.current?.dispose()
      chart.current = null
    }
  }, [height])

  useEffect(() => {
    latest.current = option
    chart.current?.setOption(option, { notMerge: true })
  }, [option])

  return (
    <div style={{ position: 'relative', height }}>
      <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />
      {state === 'ready' ? null : (
        <Flex align="center" justify="center" style={{ position: 'absolute', inset: 0 }}>
          {state === 'loading' ? (
            <Spin size="small" description={S.chartLoading} />
          ) : (
            <Typography.Text type="secondary">{S.chartFailed}</Typography.Text>
          )}
        </Flex>
      )}
    </div>
  )
}
