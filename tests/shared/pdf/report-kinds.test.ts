import { describe, expect, it } from 'vitest'
import { REPORT_KINDS, reportFileName, reportNumber } from '@shared/pdf/report-kinds'

describe('reportNumber', () => {
  it('is prefix, year and a four-digit sequence', () => {
    expect(reportNumber('closingReport', 2026, 7)).toBe('JX-2026-0007')
    expect(reportNumber('projectEvaluation', 2027, 12345)).toBe('PG-2027-12345')
  })

  it('gives every kind its own prefix', () => {
    const prefixes = Object.values(REPORT_KINDS).map((kind) => kind.prefix)
    expect(new Set(prefixes).size).toBe(prefixes.length)
  })
})

describe('reportFileName', () => {
  it('joins title, subject and date, and says 草稿 for a draft', () => {
    expect(reportFileName('出壳评估报告', '阳光社工服务中心', '2026-11-22', false)).toBe(
      '出壳评估报告-阳光社工服务中心-2026-11-22.pdf'
    )
    expect(reportFileName('结项报告', '幸福邻里', '2026-11-22', true)).toBe(
      '草稿-结项报告-幸福邻里-2026-11-22.pdf'
    )
  })

  it('replaces characters file systems refuse and drops empty parts', () => {
    expect(reportFileName('评审结果', '2026年度“邻里”创投/第一批: A|B', '2026-11-22', false)).toBe(
      '评审结果-2026年度“邻里”创投_第一批_ A_B-2026-11-22.pdf'
    )
    expect(reportFileName('年度工作汇总', ' ', '2026-12-31', false)).toBe(
      '年度工作汇总-2026-12-31.pdf'
    )
  })
})
