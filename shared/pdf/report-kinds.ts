/**
 * The reports the app issues, declared once: what each is called, the prefix of its 报告编号 and
 * the file name it is saved under. The number's sequence counts this kind's exports in the year
 * (from the audit log), so numbers never repeat within an office's copy of the app.
 */

export const REPORT_KINDS = {
  incubationEvaluation: { label: '孵化评估报告', prefix: 'FH' },
  projectEvaluation: { label: '项目评估报告', prefix: 'PG' },
  mutualEvaluation: { label: '双向评估报告', prefix: 'SX' },
  reviewResults: { label: '评审结果', prefix: 'PS' },
  publicityList: { label: '公示名单', prefix: 'GS' },
  closingReport: { label: '结项报告', prefix: 'JX' },
  annualSummary: { label: '年度工作汇总', prefix: 'ND' }
} as const satisfies Record<string, { label: string; prefix: string }>

export type ReportKind = keyof typeof REPORT_KINDS

/** `CK-2026-0007`: kind prefix, year, four-digit sequence (more digits past 9,999). */
export function reportNumber(kind: ReportKind, year: number, sequence: number): string {
  return `${REPORT_KINDS[kind].prefix}-${year}-${String(sequence).padStart(4, '0')}`
}

/** Characters Windows and Linux file managers refuse in file names, replaced by `_`. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|]/g
/** Control characters (tabs, line breaks pasted into a name) become spaces. */
const CONTROL = /\p{Cc}/gu

/** `出壳评估报告-阳光社工服务中心-2026-11-22.pdf`; a 草稿 report says so in its name too. */
export function reportFileName(
  title: string,
  subject: string,
  date: string,
  draft: boolean
): string {
  const parts = [title, subject, date].filter((part) => part.trim() !== '')
  const name = parts.join('-').replace(UNSAFE_IN_FILE_NAME, '_').replace(CONTROL, ' ').trim()
  return `${draft ? '草稿-' : ''}${name}.pdf`
}
