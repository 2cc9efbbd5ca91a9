/**
 * 统一社会信用代码 (GB 32100-2015), domain-cn.md §1.1.
 *
 * Checks, in order: length 18 → positions 3–8 digits → every character in the 31-symbol set →
 * authority/class pair known (warning) → the mod-31 check character at position 18 (error) →
 * positions 9–17 as a GB 11714 organisation code (warning: not every issuing system honours it)
 * → for the social-organisation register, a civil-affairs class 51/52/53 (warning otherwise).
 */
import { orgCodeCheckChar } from './org-code'
import { normalizeCode, type ValidationIssue } from './issues'

/** The 31 symbols of the USCC, valued 0…30 in this order (no I, O, S, V, Z). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** W_i = 3^(i-1) mod 31 for positions 1…17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

/** Registering authority (position 1) and the entity classes it issues (position 2). */
export const USCC_AUTHORITIES: Readonly<
  Record<string, { authority: string; classes: Readonly<Record<string, string>> }>
> = {
  '1': {
    authority: '机构编制',
    classes: { '1': '机关', '2': '事业单位', '3': '编办直管的群众团体', '9': '其他' }
  },
  '2': { authority: '外交', classes: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    authority: '司法行政',
    classes: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他'
    }
  },
  '4': { authority: '文化', classes: { '1': '外国在华文化中心', '9': '其他' } },
  '5': {
    authority: '民政',
    classes: {
      '1': '社会团体',
      '2': '民办非企业单位（社会服务机构）',
      '3': '基金会',
      // 54/55 appear in many validators as 村/居民委员会; the amendment text could not be
      // confirmed (domain-cn.md §1.1), so they are accepted with a warning below.
      '4': '基层群众性自治组织（未确认）',
      '5': '基层群众性自治组织（未确认）',
      '9': '其他'
    }
  },
  '6': {
    authority: '旅游',
    classes: { '1': '外国旅游部门常驻代表机构', '2': '港澳台旅游部门常驻内地代表机构', '9': '其他' }
  },
  '7': { authority: '宗教', classes: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { authority: '工会', classes: { '1': '基层工会', '9': '其他' } },
  '9': {
    authority: '工商（市场监管）',
    classes: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' }
  },
  A: { authority: '中央军委改革和编制办公室', classes: { '1': '军队事业单位', '9': '其他' } },
  N: {
    authority: '农业',
    classes: {
      '1': '组级集体经济组织',
      '2': '村级集体经济组织',
      '3': '乡镇级集体经济组织',
      '9': '其他'
    }
  },
  Y: { authority: '其他', classes: { '1': '其他' } }
}

/** Class prefixes of the three kinds of registered social organisation. */
export const SOCIAL_ORGANIZATION_PREFIXES = ['51', '52', '53'] as const

export interface UsccInfo {
  authority: string | null
  entityClass: string | null
  /** GB/T 2260 code of the registering office (positions 3–8). */
  regionCode: string
  /** The embedded GB 11714 organisation code, `XXXXXXXX-X`. */
  organizationCode: string
}

export interface UsccResult {
  /** Upper-cased, spaces removed. */
  normalized: string
  issues: ValidationIssue[]
  /** Present once the code has the right shape, even when its check character is wrong. */
  info: UsccInfo | null
}

/** The check character for a 17-character body, or null when a character is outside the set. */
export function usccCheckChar(body: string): string | null {
  if (body.length !== 17) return null
  let sum = 0
  for (let index = 0; index < 17; index += 1) {
    const value = USCC_CHARSET.indexOf(body[index]!)
    if (value < 0) return null
    sum += value * WEIGHTS[index]!
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!
}

export interface UsccOptions {
  /** Warn when the code is not a 社会团体 / 社会服务机构 / 基金会 code (default true). */
  expectSocialOrganization?: boolean
}

export function validateUscc(input: string, options: UsccOptions = {}): UsccResult {
  const code = normalizeCode(input)
  const issues: ValidationIssue[] = []
  const error = (codeName: string, message: string): UsccResult => ({
    normalized: code,
    issues: [...issues, { level: 'error', code: codeName, message }],
    info: null
  })

  if (code.length !== 18) {
    return error('length', `统一社会信用代码应为 18 位，当前为 ${code.length} 位`)
  }
  for (let index = 0; index < 18; index += 1) {
    const ch = code[index]!
    if (!USCC_CHARSET.includes(ch)) {
      const hint = 'IOSVZ'.includes(ch) ? '（代码中不使用字母 I、O、S、V、Z）' : ''
      return error('charset', `第 ${index + 1} 位“${ch}”不是统一社会信用代码允许的字符${hint}`)
    }
  }
  const regionCode = code.slice(2, 8)
  if (!/^\d{6}$/.test(regionCode)) {
    const position = [...regionCode].findIndex((ch) => !/\d/.test(ch)) + 3
    return error('region', `第 3–8 位是登记机关行政区划码，应全为数字；第 ${position} 位不是数字`)
  }

  const authority = USCC_AUTHORITIES[code[0]!]
  const entityClass = authority?.classes[code[1]!] ?? null
  if (!authority) {
    issues.push({
      level: 'warning',
      code: 'authority',
      message: `第 1 位“${code[0]}”不是已知的登记管理部门代码`
    })
  } else if (!entityClass) {
    issues.push({
      level: 'warning',
      code: 'class',
      message: `第 2 位“${code[1]}”不是${authority.authority}部门已知的机构类别代码`
    })
  } else if (code.startsWith('54') || code.startsWith('55')) {
    issues.push({
      level: 'warning',
      code: 'class-unconfirmed',
      message: `类别代码 ${code.slice(0, 2)} 的含义未经标准文本确认，请核对`
    })
  }

  const expected = usccCheckChar(code.slice(0, 17))
  if (expected !== code[17]) {
    issues.push({
      level: 'error',
      code: 'check',
      message: `第 18 位校验码应为“${expected}”，实际为“${code[17]}”，请检查是否有字符录入错误`
    })
  }

  const orgBody = code.slice(8, 16)
  const orgCheck = orgCodeCheckChar(orgBody)
  if (orgCheck !== code[16]) {
    issues.push({
      level: 'warning',
      code: 'org-code-check',
      message: `第 9–17 位组织机构代码的校验位（第 17 位）应为“${orgCheck ?? '?'}”，实际为“${code[16]}”`
    })
  }

  if (
    options.expectSocialOrganization !== false &&
    !(SOCIAL_ORGANIZATION_PREFIXES as readonly string[]).includes(code.slice(0, 2))
  ) {
    const kind = entityClass ? `${authority!.authority}·${entityClass}` : '非社会组织'
    issues.push({
      level: 'warning',
      code: 'not-social-organization',
      message: `前两位为 ${code.slice(0, 2)}（${kind}），社会组织通常以 51、52 或 53 开头`
    })
  }

  return {
    normalized: code,
    issues,
    info: {
      authority: authority?.authority ?? null,
      entityClass,
      regionCode,
      organizationCode: `${orgBody}-${code[16]}`
    }
  }
}
