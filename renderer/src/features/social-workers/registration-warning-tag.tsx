/** 已过期 / 即将到期 on a social worker's registration, in the same colours wherever it shows. */
import { Tag } from 'antd'
import type { IsoDate } from '@shared/domain/dates'
import { registrationWarning, type SocialWorker } from '@shared/domain/social-workers/social-worker'

export function RegistrationWarningTag({
  worker,
  today
}: {
  worker: Pick<SocialWorker, 'registrationValidUntil'>
  today: IsoDate
}) {
  const warning = registrationWarning(worker, today)
  if (!warning) return null
  return (
    <Tag color={warning === '已过期' ? 'red' : 'orange'} style={{ marginInlineStart: 8 }}>
      {warning}
    </Tag>
  )
}
