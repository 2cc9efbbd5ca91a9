import { describe, expect, it } from 'vitest'
import {
  checkSocialWorker,
  registrationWarning,
  type SocialWorker
} from '@shared/domain/social-workers/social-worker'

const today = '2026-11-22'
const valid = {
  name: '王晓燕',
  gender: '女',
  certLevel: '社会工作师',
  certNo: 'zs2019350100123',
  registrationValidUntil: '2027-06-30',
  employerId: 'org-1',
  communityIds: ['c1'],
  specialties: ['老年社会工作'],
  phone: '13900139000',
  idNumber: null
}

describe('checkSocialWorker', () => {
  it('accepts a certified social worker and upper-cases the certificate number', () => {
    const result = checkSocialWorker(valid, today)
    expect(result.ok && result.value.certNo).toBe('ZS2019350100123')
  })

  it('needs a certificate number for a certified level and refuses one for 未持证', () => {
    expect(checkSocialWorker({ ...valid, certNo: '' }, today)).toMatchObject({ ok: false })
    expect(checkSocialWorker({ ...valid, certLevel: '未持证' }, today)).toMatchObject({ ok: false })
  })

  it('warns, without refusing, when the registration has expired', () => {
    const result = checkSocialWorker({ ...valid, registrationValidUntil: '2026-01-01' }, today)
    expect(result.ok && result.warnings[0]!.field).toBe('registrationValidUntil')
  })

  it('refuses a wrong ID number with the positional message', () => {
    const result = checkSocialWorker({ ...valid, idNumber: '110105194912310021' }, today)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]!.message).toContain('第 18 位')
  })
})

describe('registrationWarning', () => {
  const worker = (until: string | null) => ({ registrationValidUntil: until }) as SocialWorker
  it.each([
    [null, null],
    ['2026-11-21', '已过期'],
    ['2026-11-22', '即将到期'],
    ['2027-02-20', '即将到期'],
    ['2027-02-21', null]
  ])('%s → %s', (until, expected) => {
    expect(registrationWarning(worker(until), '2026-11-22')).toBe(expected)
  })
})
