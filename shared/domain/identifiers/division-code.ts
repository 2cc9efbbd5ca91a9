/**
 * 12-digit 统计用区划代码 of a community (domain-cn.md §9.3): GB/T 2260 county (6) + 乡级 (3:
 * 001–099 街道, 100–199 镇, 200–399 乡, 400–599 政企合一) + 村级 (3: 001–199 居委会/社区,
 * 200–399 村委会). Codes change yearly, so only the shape is checked, never membership.
 */

export interface DivisionCodeParts {
  province: string
  prefecture: string
  county: string
  township: string
  townshipKind: '街道' | '镇' | '乡' | '政企合一单位'
  villageKind: '居委会（社区）' | '村委会'
}

export type DivisionCodeResult =
  { ok: true; parts: DivisionCodeParts } | { ok: false; message: string }

export function parseDivisionCode(input: string): DivisionCodeResult {
  const code = input.trim()
  if (!/^\d{12}$/.test(code)) {
    return { ok: false, message: `区划代码应为 12 位数字，当前为“${code}”（${code.length} 位）` }
  }
  const provinceDigits = Number(code.slice(0, 2))
  if (provinceDigits < 11 || provinceDigits > 82) {
    return { ok: false, message: `前 2 位省级代码 ${code.slice(0, 2)} 不存在` }
  }
  if (code.slice(4, 6) === '00' && code.slice(2, 4) !== '00') {
    return { ok: false, message: '第 5–6 位县级代码不能为 00' }
  }
  const township = Number(code.slice(6, 9))
  const village = Number(code.slice(9, 12))
  if (township < 1 || township > 599) {
    return { ok: false, message: `第 7–9 位乡级代码 ${code.slice(6, 9)} 应在 001–599 之间` }
  }
  if (village < 1 || village > 399) {
    return { ok: false, message: `第 10–12 位村级代码 ${code.slice(9, 12)} 应在 001–399 之间` }
  }
  return {
    ok: true,
    parts: {
      province: `${code.slice(0, 2)}0000`,
      prefecture: `${code.slice(0, 4)}00`,
      county: code.slice(0, 6),
      township: code.slice(0, 9),
      townshipKind:
        township < 100 ? '街道' : township < 200 ? '镇' : township < 400 ? '乡' : '政企合一单位',
      villageKind: village < 200 ? '居委会（社区）' : '村委会'
    }
  }
}
