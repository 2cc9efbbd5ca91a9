/**
 * Holds the app back until the database is open (backed up and upgraded if needed): a loading
 * state meanwhile, and the Chinese reason and a 重试 button if it fails. `start` is called once
 * per attempt, even under StrictMode.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Button, Flex, Result, Spin } from 'antd'
import type { StartedDatabase } from './startup'

export const STARTUP_STRINGS = {
  opening: '正在打开数据库…',
  failedTitle: '社联台无法打开数据库',
  retry: '重试'
} as const

type State =
  | { status: 'opening' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; started: StartedDatabase }

export interface StartupGateProps {
  start: () => Promise<StartedDatabase>
  children: (started: StartedDatabase) => ReactNode
}

export function StartupGate({ start, children }: StartupGateProps) {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<State>({ status: 'opening' })
  const running = useRef<{ attempt: number; promise: Promise<StartedDatabase> } | null>(null)

  useEffect(() => {
    if (running.current?.attempt !== attempt) {
      running.current = { attempt, promise: start() }
    }
    let current = true
    running.current.promise.then(
      (started) => {
        if (current) setState({ status: 'ready', started })
      },
      (error: unknown) => {
        if (current) {
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error)
          })
        }
      }
    )
    return () => {
      current = false
    }
  }, [attempt, start])

  if (state.status === 'opening') {
    return (
      <Flex vertical align="center" justify="center" gap="middle" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
        <span role="status">{STARTUP_STRINGS.opening}</span>
      </Flex>
    )
  }
  if (state.status === 'failed') {
    return (
      <Result
        status="error"
        title={STARTUP_STRINGS.failedTitle}
        subTitle={<span role="alert">{state.message}</span>}
        extra={
          <Button
            type="primary"
            onClick={() => {
              setState({ status: 'opening' })
              setAttempt((value) => value + 1)
            }}
          >
            {STARTUP_STRINGS.retry}
          </Button>
        }
      />
    )
  }
  return children(state.started)
}
