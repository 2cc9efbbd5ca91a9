/**
 * One 待办 query for the whole app: the frame around every page shows the badge and sends the
 * start-up notice, the 工作台 shows the list, and all of them read the same live result instead
 * of each reading the whole office again.
 *
 * The query reads every organisation and social worker (about 0.8 s at city scale), so on other
 * pages it waits {@link BACKGROUND_DELAY_MS} and lets the page read its own records first; a page
 * that shows the list asks for it at once.
 */
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode
} from 'react'
import type { Reminder } from '@shared/domain/reminders/reminders'
import { useReminderQuery } from './use-reminders'

/** How long the badge's query waits when no page has asked for the list. */
export const BACKGROUND_DELAY_MS = 2000

interface RemindersValue {
  /** Undefined until read. */
  reminders: Reminder[] | undefined
  /** Starts the query now. */
  request(): void
}

const RemindersContext = createContext<RemindersValue | null>(null)

export function RemindersProvider({ children }: { children: ReactNode }) {
  const [started, setStarted] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setStarted(true), BACKGROUND_DELAY_MS)
    return () => clearTimeout(timer)
  }, [])
  const reminders = useReminderQuery(started)
  const request = useCallback(() => setStarted(true), [])
  const value = useMemo(() => ({ reminders, request }), [reminders, request])
  return <RemindersContext value={value}>{children}</RemindersContext>
}

/**
 * The 待办 list from the nearest {@link RemindersProvider}; undefined while it has not been read.
 * `now`: the caller shows the list, so it is read at once rather than in the background.
 */
export function useReminders({ now = false }: { now?: boolean } = {}): Reminder[] | undefined {
  const value = use(RemindersContext)
  if (!value) throw new Error('useReminders 必须在 RemindersProvider 内使用')
  const { request } = value
  useEffect(() => {
    if (now) request()
  }, [now, request])
  return value.reminders
}
