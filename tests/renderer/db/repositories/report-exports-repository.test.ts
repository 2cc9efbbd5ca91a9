import { describe, expect, it } from 'vitest'
import { OPERATOR, officeDatabase } from '../../helpers/office-database'

const now = () => new Date('2026-11-22T02:00:00Z')

async function setup() {
  return officeDatabase({ officeName: '鼓楼区黉门街道办事处', now })
}

describe('report exports', () => {
  it('numbers reports per kind and year from the saves in the audit log', async () => {
    const { repos } = await setup()
    const exports = repos.reportExports
    expect(await exports.nextNumber('closingReport', 2026)).toBe('JX-2026-0001')
    await exports.recordExport({
      number: 'JX-2026-0001',
      title: '结项报告',
      subject: '幸福邻里',
      fileName: '结项报告-幸福邻里-2026-11-22.pdf',
      revealed: false
    })
    expect(await exports.nextNumber('closingReport', 2026)).toBe('JX-2026-0002')
    // Other kinds, other years and unmasking requests do not move the sequence.
    expect(await exports.nextNumber('closingReport', 2027)).toBe('JX-2027-0001')
    expect(await exports.nextNumber('projectEvaluation', 2026)).toBe('PG-2026-0001')
    await exports.recordReveal({ number: 'JX-2026-0002', title: '结项报告', subject: '幸福邻里' })
    expect(await exports.nextNumber('closingReport', 2026)).toBe('JX-2026-0002')
  })

  it('audits a save, saying when personal data was printed in full, and an unmasking request', async () => {
    const { db, repos } = await setup()
    await repos.reportExports.recordExport({
      number: 'FH-2026-0003',
      title: '出壳评估报告',
      subject: '阳光社工服务中心',
      fileName: '出壳评估报告-阳光社工服务中心-2026-11-22.pdf',
      revealed: true
    })
    await repos.reportExports.recordReveal({
      number: 'FH-2026-0004',
      title: '出壳评估报告',
      subject: '阳光社工服务中心'
    })
    const entries = await db.auditLog
      .where('[table+recordId]')
      .between(['reports', ''], ['reports', '\uffff'])
      .sortBy('recordId')
    expect(entries).toEqual([
      expect.objectContaining({
        table: 'reports',
        recordId: 'FH-2026-0003',
        action: 'export',
        operator: OPERATOR,
        at: '2026-11-22T02:00:00.000Z',
        summary:
          '导出出壳评估报告（阳光社工服务中心），含完整个人信息：出壳评估报告-阳光社工服务中心-2026-11-22.pdf'
      }),
      expect.objectContaining({
        recordId: 'FH-2026-0004',
        action: 'reveal',
        operator: OPERATOR,
        summary: '在出壳评估报告（阳光社工服务中心）中显示完整身份证号和电话'
      })
    ])
  })
})
