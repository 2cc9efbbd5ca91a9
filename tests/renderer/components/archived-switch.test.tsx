import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { ShowArchivedSwitch } from '@renderer/components/archived-switch'
import { renderApp } from '../helpers/render-app'

describe('ShowArchivedSwitch', () => {
  it('is off as given, named by its label, and reports a click', () => {
    const onChange = vi.fn()
    renderApp(<ShowArchivedSwitch checked={false} onChange={onChange} />)

    const toggle = screen.getByRole('switch', { name: '显示已归档' })
    expect(toggle.getAttribute('aria-checked')).toBe('false')
    fireEvent.click(toggle)
    expect(onChange).toHaveBeenCalledWith(true, expect.anything())
  })

  it('shows the state it is given', () => {
    renderApp(<ShowArchivedSwitch checked onChange={() => {}} />)
    expect(screen.getByRole('switch', { name: '显示已归档' }).getAttribute('aria-checked')).toBe(
      'true'
    )
  })
})
