import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { StepButtons } from '@renderer/components/step-buttons'
import type { OfferedAction } from '@shared/domain/workflow'
import { renderApp } from '../helpers/render-app'

const OFFERED: OfferedAction<'start' | 'resolve' | 'terminate'>[] = [
  { action: 'start', label: '开始服务', refusal: '尚未对接执行中的项目' },
  { action: 'resolve', label: '标记已解决', refusal: null },
  { action: 'terminate', label: '终止', refusal: null }
]

describe('StepButtons', () => {
  it('disables a refused step and writes its reason under the buttons', () => {
    renderApp(<StepButtons offered={OFFERED} onTake={() => {}} />)

    expect(screen.getByRole('button', { name: '开始服务' })).toHaveProperty('disabled', true)
    expect(screen.getByText('开始服务：尚未对接执行中的项目')).toBeTruthy()
    expect(screen.queryByText(/^标记已解决：/)).toBeNull()
  })

  it('draws the usual next step as primary and an ending one in red, and reports a click', () => {
    const onTake = vi.fn()
    renderApp(
      <StepButtons
        offered={OFFERED}
        primary={(offer) => offer.action !== 'terminate'}
        danger={(offer) => offer.action === 'terminate'}
        onTake={onTake}
      />
    )

    const resolve = screen.getByRole('button', { name: '标记已解决' })
    expect(resolve.className).toContain('ant-btn-primary')
    expect(screen.getByRole('button', { name: /^终\s*止$/ }).className).toContain(
      'ant-btn-dangerous'
    )
    // A refused step is never primary, even when it would be the usual next one.
    expect(screen.getByRole('button', { name: '开始服务' }).className).not.toContain(
      'ant-btn-primary'
    )
    fireEvent.click(resolve)
    expect(onTake).toHaveBeenCalledWith(OFFERED[1])
  })
})
