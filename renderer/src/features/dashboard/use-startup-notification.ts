/**
 * The notice at start-up: once per app start, as soon as the 待办 list is first known after the
 * database opened, the operating system is told how many items are overdue (nothing when none
 * is). A notice that cannot be shown is no reason to trouble the user: the 工作台 says the same.
 */
import { useEffect, useRef } from 'react'
import type { NotifyRequest } from '@shared/ipc/contract'
import { NOTIFY_BODY_MAX } from '@shared/ipc/schemas'
import type { Reminder } from '@shared/domain/reminders/reminders'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { DASHBOARD_STRINGS as S } from './strings'

/** Overdue items named in the notice; the rest are counted. */
export const NOTICE_ITEMS = 3

/** The notice for `reminders`, or null when none is overdue. */
export function startupNotice(reminders: readonly Reminder[]): NotifyRequest | null {
  const overdue = reminders.filter((reminder) => reminder.urgency === '已逾期')
  if (overdue.length === 0) return null
  const lines = overdue.slice(0, NOTICE_ITEMS).map((reminder) => reminder.title)
  if (overdue.length > NOTICE_ITEMS) lines.push(S.noticeMore(overdue.length))
  return { title: S.noticeTitle(overdue.length), body: lines.join('\n').slice(0, NOTIFY_BODY_MAX) }
}

/** Sends {@link startupNotice} once `reminders` is first known. */
export function useStartupNotification(reminders: readonly Reminder[] | undefined): void {
  const api = useDesktopApi()
  const sent = useRef(false)
  useEffect(() => {
    if (sent.current || reminders === undefined) return
    sent.current = true
    const notice = startupNotice(reminders)
    if (notice) api.notify(notice).catch(() => undefined)
  }, [api, reminders])
}
