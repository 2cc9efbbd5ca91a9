/**
 * The chart component over real ECharts (SVG): drawn once its box has a width, redrawn with each
 * new option, resized with its box, disposed when it leaves.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { getInstanceByDom } from 'echarts/core'
import { EChart } from '@renderer/features/dashboard/echart'
import type { ChartOption } from '@renderer/features/dashboard/echarts-setup'

const bars = (categories: string[]): ChartOption => ({
  xAxis: { type: 'category', data: categories },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: categories.map((_, index) => index + 1) }]
})

/** A ResizeObserver the test drives: happy-dom lays nothing out, so nothing would ever fire. */
class FakeResizeObserver {
  static live: FakeResizeObserver[] = []
  observed: Element[] = []
  constructor(readonly callback: () => void) {}
  observe(element: Element) {
    this.observed.push(element)
    FakeResizeObserver.live.push(this)
  }
  disconnect() {
    FakeResizeObserver.live = FakeResizeObserver.live.filter((one) => one !== this)
  }
  unobserve() {}
}

let width = 400

beforeEach(() => {
  width = 400
  FakeResizeObserver.live = []
  vi.stubGlobal('ResizeObserver', FakeResizeObserver)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => width)
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const box = () => screen.getByRole('img', { name: '各月拨付' })
const svgText = () => box().querySelector('svg')?.textContent ?? ''

describe('EChart', () => {
  it('draws the option as SVG, redraws a new one whole, and disposes on unmount', async () => {
    const { rerender, unmount } = render(
      <EChart label="各月拨付" option={bars(['1月', '2月'])} height={200} />
    )
    await waitFor(() => expect(svgText()).toContain('2月'))
    expect(screen.queryByText('正在绘图…')).toBeNull()
    const element = box()
    expect(getInstanceByDom(element)).toBeDefined()

    rerender(<EChart label="各月拨付" option={bars(['3月'])} height={200} />)
    await waitFor(() => expect(svgText()).toContain('3月'))
    expect(svgText()).not.toContain('2月')

    unmount()
    expect(getInstanceByDom(element)).toBeUndefined()
    expect(FakeResizeObserver.live).toEqual([])
  })

  it('waits for a box with a width, then follows its size', async () => {
    width = 0
    render(<EChart label="各月拨付" option={bars(['1月'])} />)
    await waitFor(() => expect(FakeResizeObserver.live).toHaveLength(1))
    expect(box().querySelector('svg')).toBeNull()
    expect(screen.getByText('正在绘图…')).toBeTruthy()

    width = 400
    FakeResizeObserver.live[0]!.callback()
    await waitFor(() => expect(svgText()).toContain('1月'))
    const chart = getInstanceByDom(box())!
    const resize = vi.spyOn(chart, 'resize')
    FakeResizeObserver.live[0]!.callback()
    expect(resize).toHaveBeenCalledOnce()
  })
})
