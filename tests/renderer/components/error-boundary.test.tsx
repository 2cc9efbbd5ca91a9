import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { ErrorBoundary } from '@renderer/components/error-boundary'
import { renderApp } from '../helpers/render-app'

function Boom(): never {
  throw new Error('测试用的渲染错误')
}

function renderBroken(onReload = vi.fn()) {
  // React reports caught render errors on the console; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  renderApp(
    <ErrorBoundary onReload={onReload}>
      <Boom />
    </ErrorBoundary>
  )
  return onReload
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('shows its children when nothing goes wrong', () => {
    renderApp(
      <ErrorBoundary>
        <p>正常内容</p>
      </ErrorBoundary>
    )
    expect(screen.getByText('正常内容')).toBeTruthy()
    expect(screen.queryByText('页面出错了')).toBeNull()
  })

  it('replaces a page that throws with a Chinese explanation and the error details', () => {
    renderBroken()
    expect(screen.getByText('页面出错了')).toBeTruthy()
    expect(screen.getByLabelText('错误详情').textContent).toContain('测试用的渲染错误')
  })

  it('copies the error details to the clipboard', async () => {
    renderBroken()
    const writeText = vi.fn(async () => {})
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard)
    fireEvent.click(screen.getByRole('button', { name: '复制错误详情' }))
    await screen.findByText('错误详情已复制')
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Error: 测试用的渲染错误'))
  })

  it('falls back to copying through a selection when the clipboard API refuses', async () => {
    renderBroken()
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('NotAllowedError'))
    } as unknown as Clipboard)
    let copied = ''
    const execCommand = vi.fn(() => {
      copied = document.querySelector('textarea')?.value ?? ''
      return true
    })
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    fireEvent.click(screen.getByRole('button', { name: '复制错误详情' }))
    await screen.findByText('错误详情已复制')
    expect(execCommand).toHaveBeenCalledWith('copy')
    expect(copied).toContain('测试用的渲染错误')
    expect(document.querySelector('textarea')).toBeNull()
  })

  it('says so when nothing can be copied', async () => {
    renderBroken()
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard)
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true })
    fireEvent.click(screen.getByRole('button', { name: '复制错误详情' }))
    await screen.findByText('无法访问剪贴板，请手动选中下方文字复制')
  })

  it('reloads the page on request', async () => {
    const onReload = renderBroken()
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }))
    await waitFor(() => expect(onReload).toHaveBeenCalledOnce())
  })
})
