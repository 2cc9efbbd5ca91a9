/** Whether a social worker's registration has lapsed or is about to (shown in the grid and panel). */
import { addDays, type IsoDate } from '@shared/domain/dates'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { REGISTRATION_WARNING_DAYS, SOCIAL_WORKER_STRINGS as S } from './strings'

export function registrationWarning(worker: SocialWorker, today: IsoDate): string | null {
  const until = worker.registrationValidUntil
  if (!until) return null
  if (until < today) return S.expired
  if (until <= addDays(today, REGISTRATION_WARNING_DAYS)) return S.expiringSoon
  return null
}
