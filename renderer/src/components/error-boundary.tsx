/**
 * Catches render errors below it so one broken page shows a Chinese explanation with a way out,
 * instead of a blank window. The details can be copied for whoever supports the office.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { App, Button, Result, Space, Typography } from 'antd'
import { copyText } from './copy-text'

export interface ErrorBoundaryProps {
  children: ReactNode
  /** Reloads the page; injectable so tests need not reload happy-dom. */
  onReload?: () => void
}

interface ErrorBoundaryState {
  error: Error | null
  componentStack: string
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, componentStack: '' }

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' })
    console.error('页面渲染出错', error)
  }

  override render(): ReactNode {
    const { error, componentStack } = this.state
    if (!error) return this.props.children
    return (
      <ErrorFallback
        details={errorDetails(error, componentStack)}
        onReload={this.props.onReload ?? (() => window.location.reload())}
      />
    )
  }
}

/** Everything worth pasting into a support message. */
export function errorDetails(error: Error, componentStack: string): string {
  return [
    `时间：${new Date().toISOString()}`,
    `页面：${window.location.href}`,
    `浏览器：${navigator.userAgent}`,
    `错误：${error.name}: ${error.message}`,
    error.stack ? `堆栈：\n${error.stack}` : '',
    componentStack ? `组件：${componentStack}` : ''
  ]
    .filter(Boolean)
    .join('\n')
}

function ErrorFallback({ details, onReload }: { details: string; onReload: () => void }) {
  const { message } = App.useApp()

  const copy = async () => {
    if (await copyText(details)) message.success('错误详情已复制')
    else message.error('无法访问剪贴板，请手动选中下方文字复制')
  }

  return (
    <Result
      status="error"
      title="页面出错了"
      subTitle="这个页面遇到了意外错误。已保存的数据不会受影响；可以重新加载，或把错误详情复制给技术支持。"
      extra={
        <Space>
          <Button onClick={copy}>复制错误详情</Button>
          <Button type="primary" onClick={onReload}>
            重新加载
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>
        <pre
          aria-label="错误详情"
          style={{ maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap' }}
        >
          {details}
        </pre>
      </Typography.Paragraph>
    </Result>
  )
}
