/**
 * 公民身份号码 (GB 11643-1999), domain-cn.md §1.3: 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd = male) and an ISO 7064 MOD 11-2 check character. The validator stays
 * generic — check character and date — and never rejects by address prefix, so numbers of
 * abolished counties, 港澳台 residence permits and foreigners' permanent residence cards pass.
 */
import { isIsoDate, type IsoDate } from '../dates'
import { normalizeCode, type ValidationIssue } from './issues'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'

/** The check character for a 17-digit body, or null if it is not 17 digits. */
export function residentIdCheckChar(body: string): string | null {
  if (!/^\d{17}$/.test(body)) return null
  let sum = 0
  for (let index = 0; index < 17; index += 1) sum += Number(body[index]) * WEIGHTS[index]!
  return CHECK_CHARS[sum % 11]!
}

/** Upgrade an old 15-digit number (YYMMDD, 19xx births) to 18 digits; null if not 15 digits. */
export function upgradeResidentId15(old: string): string | null {
  if (!/^\d{15}$/.test(old)) return null
  const body = `${old.slice(0, 6)}19${old.slice(6)}`
  return body + residentIdCheckChar(body)!
}

export interface ResidentIdResult {
  /** 18 characters, upper-case X; a 15-digit input comes back upgraded. */
  normalized: string
  issues: ValidationIssue[]
  birthDate: IsoDate | null
  gender: '男' | '女' | null
}

/** Validate a resident ID number; `today` bounds the birth date. */
export function validateResidentId(input: string, today: IsoDate): ResidentIdResult {
  let code = normalizeCode(input)
  const issues: ValidationIssue[] = []
  const fail = (codeName: string, message: string): ResidentIdResult => ({
    normalized: code,
    issues: [...issues, { level: 'error', code: codeName, message }],
    birthDate: null,
    gender: null
  })

  if (/^\d{15}$/.test(code)) {
    code = upgradeResidentId15(code)!
    issues.push({ level: 'warning', code: 'upgraded', message: '15 位旧号码已升级为 18 位' })
  }
  if (code.length !== 18) return fail('length', `身份证号码应为 18 位，当前为 ${code.length} 位`)
  const badIndex = [...code.slice(0, 17)].findIndex((ch) => !/\d/.test(ch))
  if (badIndex >= 0) return fail('charset', `第 ${badIndex + 1} 位“${code[badIndex]}”应为数字`)
  if (!/[\dX]/.test(code[17]!)) return fail('charset', `第 18 位“${code[17]}”应为数字或 X`)

  const birthDate = `${code.slice(6, 10)}-${code.slice(10, 12)}-${code.slice(12, 14)}`
  if (!isIsoDate(birthDate))
    return fail('birth-date', `第 7–14 位出生日期 ${code.slice(6, 14)} 不是有效日期`)
  if (birthDate > today) return fail('birth-date', `出生日期 ${birthDate} 晚于今天`)
  if (birthDate < '1800-01-01') return fail('birth-date', `出生日期 ${birthDate} 过早`)

  const expected = residentIdCheckChar(code.slice(0, 17))
  if (expected !== code[17]) {
    return fail(
      'check',
      `第 18 位校验码应为“${expected}”，实际为“${code[17]}”，请检查号码是否录入有误`
    )
  }
  return {
    normalized: code,
    issues,
    birthDate,
    gender: Number(code[16]) % 2 === 1 ? '男' : '女'
  }
}
