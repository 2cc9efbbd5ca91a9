import { describe, expect, it } from 'vitest'
import { yuan } from '@shared/domain/money'
import type { Payment } from '@shared/domain/payments/payment'
import {
  PAYMENT_SUM_COLUMNS,
  PROJECT_SUM_COLUMNS,
  projectLedger
} from '@shared/export/ledgers/project-ledger'
import { sheetLayout, totalsCells, type SheetModel } from '@shared/export/sheet-model'
import {
  ORGANIZATION,
  purchaseProject,
  STAMP,
  ventureProject
} from '../../pdf/reports/report-fixtures'

const TODAY = '2026-11-22'

function tranche(projectId: string, no: number, patch: Partial<Payment>): Payment {
  return {
    id: `${projectId}-pay-${no}`,
    ...STAMP,
    projectId,
    no,
    percent: 50,
    amountFen: 0,
    gate: 'signing',
    dueOn: null,
    condition: null,
    status: '计划',
    approvals: [],
    paidOn: null,
    voucherNo: null,
    holdReason: null,
    recovery: null,
    ...patch
  }
}

const VENTURE = ventureProject({ id: 'venture-1', matchingFen: yuan(50_000) })
const PURCHASE = purchaseProject({ id: 'purchase-1' })
const ARCHIVED = ventureProject({
  id: 'archived-1',
  title: '已归档项目',
  archivedAt: '2026-06-01T00:00:00.000Z'
})

const PAYMENTS: Payment[] = [
  tranche('venture-1', 3, { percent: 20, amountFen: yuan(60_000), gate: 'final' }),
  tranche('venture-1', 1, {
    amountFen: yuan(150_000),
    status: '已拨付',
    dueOn: '2026-03-01',
    paidOn: '2026-03-05',
    voucherNo: '记-2026-031'
  }),
  tranche('venture-1', 2, {
    percent: 30,
    amountFen: yuan(90_000),
    gate: 'midterm',
    condition: '提交中期报告',
    dueOn: '2026-09-01'
  }),
  tranche('purchase-1', 1, { amountFen: yuan(90_000), status: '已拨付', paidOn: '2026-01-10' }),
  tranche('purchase-1', 2, {
    amountFen: yuan(90_000),
    gate: 'midterm',
    status: '追回',
    paidOn: '2026-07-01',
    recovery: {
      decidedOn: '2026-10-01',
      amountFen: yuan(30_000),
      reason: '中期评估不合格',
      decidedBy: '张晓梅'
    }
  }),
  tranche('purchase-1', 3, { amountFen: yuan(1), archivedAt: '2026-02-01T00:00:00.000Z' }),
  tranche('archived-1', 1, { amountFen: yuan(300_000), status: '已拨付', paidOn: '2026-03-01' })
]

const [projects, payments] = projectLedger({
  projects: [VENTURE, ARCHIVED, PURCHASE],
  payments: PAYMENTS,
  organizations: [ORGANIZATION],
  rounds: [{ id: 'round-1', name: '2026年度公益创投' }],
  office: '鼓楼街道办事处',
  today: TODAY
}) as [SheetModel, SheetModel]

function column(sheet: SheetModel, header: string) {
  const index = sheet.columns.findIndex((c) => c.header === header)
  expect(index, header).toBeGreaterThanOrEqual(0)
  return sheet.rows.map((row) => row[index])
}

describe('projectLedger: 项目', () => {
  it('is titled with the office and the date', () => {
    expect(projects.name).toBe('项目')
    expect(projects.title).toBe('鼓楼街道办事处项目台账（截至 2026-11-22）')
  })

  it('lists the projects in use in 立项 order with their provider and buyer', () => {
    expect(column(projects, '项目名称')).toEqual(['柳城社区居家养老服务', '银龄互助探访'])
    expect(column(projects, '序号')).toEqual([1, 2])
    expect(column(projects, '渠道')).toEqual(['政府购买服务', '公益创投'])
    expect(column(projects, '承接组织')).toEqual([ORGANIZATION.name, ORGANIZATION.name])
    expect(column(projects, '购买主体 / 创投批次')).toEqual(['柳城街道办事处', '2026年度公益创投'])
    expect(column(projects, '立项日期')).toEqual(['2025-11-01', '2026-02-10'])
  })

  it('gives each project its money in 分, from its live tranches', () => {
    expect(column(projects, '资助 / 合同金额（元）')).toEqual([yuan(180_000), yuan(300_000)])
    expect(column(projects, '配套资金（元）')).toEqual([0, yuan(50_000)])
    expect(column(projects, '已拨付（元）')).toEqual([yuan(180_000), yuan(150_000)])
    expect(column(projects, '尚未拨付（元）')).toEqual([0, yuan(150_000)])
    expect(column(projects, '决定追回（元）')).toEqual([yuan(30_000), 0])
  })

  it('totals the amounts with SUM formulas whose results are the hand-computed sums', () => {
    const totals = totalsCells(projects)
    expect(sheetLayout(projects)).toMatchObject({ firstDataRow: 3, lastDataRow: 4, totalsRow: 5 })
    expect(totals[1]).toBe('合计')
    expect(PROJECT_SUM_COLUMNS.map((index) => totals[index])).toEqual([
      { formula: 'SUM(K3:K4)', result: 480_000 },
      { formula: 'SUM(L3:L4)', result: 50_000 },
      { formula: 'SUM(M3:M4)', result: 330_000 },
      { formula: 'SUM(N3:N4)', result: 150_000 },
      { formula: 'SUM(O3:O4)', result: 30_000 }
    ])
  })
})

describe('projectLedger: 拨付明细', () => {
  it('lists the live tranches project by project, in order', () => {
    expect(payments.name).toBe('拨付明细')
    expect(column(payments, '项目名称')).toEqual([
      '柳城社区居家养老服务',
      '柳城社区居家养老服务',
      '银龄互助探访',
      '银龄互助探访',
      '银龄互助探访'
    ])
    expect(column(payments, '期次')).toEqual([1, 2, 1, 2, 3])
    expect(column(payments, '序号')).toEqual([1, 2, 3, 4, 5])
  })

  it('says each condition in Chinese, with the tranche’s own words', () => {
    expect(column(payments, '拨付条件')).toEqual([
      '签约后',
      '中期评估合格后',
      '签约后',
      '中期评估合格后：提交中期报告',
      '末期评估合格后'
    ])
  })

  it('gives plan and paid amounts and dates', () => {
    expect(column(payments, '计划金额（元）')).toEqual([
      yuan(90_000),
      yuan(90_000),
      yuan(150_000),
      yuan(90_000),
      yuan(60_000)
    ])
    expect(column(payments, '计划拨付日期')).toEqual([null, null, '2026-03-01', '2026-09-01', null])
    expect(column(payments, '拨付日期')).toEqual([
      '2026-01-10',
      '2026-07-01',
      '2026-03-05',
      null,
      null
    ])
    expect(column(payments, '已拨付金额（元）')).toEqual([
      yuan(90_000),
      yuan(90_000),
      yuan(150_000),
      null,
      null
    ])
    expect(column(payments, '状态')).toEqual(['已拨付', '追回', '已拨付', '计划', '计划'])
    expect(column(payments, '凭证号')).toEqual([null, null, '记-2026-031', null, null])
    expect(column(payments, '追回金额（元）')).toEqual([null, yuan(30_000), null, null, null])
  })

  it('totals plan, paid and recovered amounts to the hand-computed sums', () => {
    const totals = totalsCells(payments)
    expect(PAYMENT_SUM_COLUMNS.map((index) => totals[index])).toEqual([
      { formula: 'SUM(H3:H7)', result: 480_000 },
      { formula: 'SUM(K3:K7)', result: 330_000 },
      { formula: 'SUM(M3:M7)', result: 30_000 }
    ])
  })
})

describe('projectLedger with no projects', () => {
  it('gives both sheets with zero totals', () => {
    const sheets = projectLedger({
      projects: [],
      payments: [],
      organizations: [],
      rounds: [],
      office: '',
      today: TODAY
    })
    expect(sheets.map((sheet) => sheet.rows.length)).toEqual([0, 0])
    expect(totalsCells(sheets[1]!)[7]).toBe(0)
  })
})
