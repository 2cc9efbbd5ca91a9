/**
 * Display masks for personal data (PIPL, domain-cn.md §9.4). Lists, PDFs and exports show these
 * by default; the full value is shown only after a confirmed, audited reveal.
 */

/** `11010519491231002X` → `110105********002X` (first 6 and last 4 kept). */
export function maskIdNumber(id: string): string {
  const value = id.trim()
  if (value.length <= 10) return '*'.repeat(value.length)
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4)
}

/**
 * `13800138000` → `138****8000`. Any other number (a landline such as `0591-83123456`) keeps its
 * first 3 and last 4 digits the same way; short values are fully starred.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '')
  if (digits.length < 8) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}

/** `张三` → `张*`, `欧阳娜娜` → `欧***`: the family name stays so a list is still usable. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return chars.join('')
  return chars[0] + '*'.repeat(chars.length - 1)
}

/** A mainland mobile (11 digits, starting 1[3-9]) or a landline with area code. */
export function isPlausiblePhone(phone: string): boolean {
  const digits = phone.replace(/[\s-]/g, '').replace(/^\+?86/, '')
  return /^1[3-9]\d{9}$/.test(digits) || /^0\d{2,3}\d{7,8}$/.test(digits)
}
