import { describe, expect, it } from 'vitest'
import type { Reminder } from '@shared/domain/reminders/reminders'
import { NOTIFY_BODY_MAX, notifyRequestSchema } from '@shared/ipc/schemas'
import { startupNotice } from '@renderer/features/dashboard/use-startup-notification'

const reminder = (title: string, urgency: Reminder['urgency']): Reminder => ({
  key: title,
  kind: '初核',
  title,
  detail: null,
  dueOn: '2026-11-20',
  daysLeft: urgency === '已逾期' ? -2 : 3,
  urgency,
  route: '/incubation/s-1'
})

describe('startupNotice', () => {
  it('is nothing when nothing is overdue', () => {
    expect(startupNotice([])).toBeNull()
    expect(startupNotice([reminder('和美社工服务社：入驻申请初核', '7天内')])).toBeNull()
  })

  it('names up to three overdue items and counts the rest', () => {
    const titles = ['甲：初核', '乙：交还孵化场地', '丙：孵化期满', '丁：社工登记已过期']
    const notice = startupNotice([
      ...titles.map((title) => reminder(title, '已逾期')),
      reminder('戊：资源即将到期', '今天到期')
    ])
    expect(notice).toEqual({
      title: '社联台：4 项待办已逾期',
      body: '甲：初核\n乙：交还孵化场地\n丙：孵化期满\n等共 4 项，详见工作台'
    })
  })

  it('stays within the limits every host accepts', () => {
    const long = '很长的组织名称'.repeat(40)
    const notice = startupNotice([1, 2, 3, 4].map((n) => reminder(`${long}${n}`, '已逾期')))!
    expect(notice.body.length).toBe(NOTIFY_BODY_MAX)
    expect(notifyRequestSchema.safeParse(notice).success).toBe(true)
  })
})
