import { describe, expect, it } from 'vitest'
import type { ApplicationContent } from '@shared/domain/venture/application'
import { newRoundDraft, type RoundFields } from '@shared/domain/venture/round'
import {
  checkForm,
  issueLabel,
  issueSlot,
  lineAmount,
  nextActivityMonth,
  toContent,
  toFormValues,
  type ApplicationFormValues
} from '@renderer/features/venture/applications/application-form-values'
import { NOVEMBER_CALL } from '../timelines'

const TODAY = '2026-11-22'

/** A 2027 round whose call is open on TODAY; grants up to 60 % of the budget and 15万元. */
const ROUND: RoundFields = {
  ...newRoundDraft(2027, 30_000_000),
  budgetRules: {
    perProjectCapFen: 15_000_000,
    maxGrantSharePercent: 60,
    minMatchingSharePercent: null,
    categoryCaps: [{ category: '管理费', maxSharePercent: 10 }]
  },
  timeline: NOVEMBER_CALL
}

const STORED = { roundId: 'round-1', organizationId: 'org-1', needIds: [] }

/** Everything a submission needs: a budget of 100,000 元 asking 60,000 元. */
const COMPLETE: ApplicationContent = {
  title: '银龄互助',
  track: 'elderly',
  communityIds: ['c-1'],
  needIds: [],
  beneficiaries: [{ type: '独居老人', count: 120 }],
  problem: '社区独居老人缺少日常照护。',
  objectives: '为 120 名独居老人提供探访服务。',
  activities: [
    { month: '2027-02', content: '入户探访' },
    { month: '2027-03', content: '健康讲座' }
  ],
  team: [{ socialWorkerId: 'w-1', role: '项目负责人' }],
  budgetLines: [
    { category: '人员费', item: '项目社工', unitPriceFen: 500_000, quantity: 12, note: null },
    { category: '活动费', item: '活动物资包', unitPriceFen: 33_33, quantity: 1.5, note: '每包' },
    { category: '活动费', item: '场地布置', unitPriceFen: 3_995_000, quantity: 1, note: null }
  ],
  requestedFen: 6_000_000,
  matchingFen: 4_000_000,
  contactName: '王敏',
  contactPhone: '13812345678'
}

const values = (patch: Partial<ApplicationFormValues> = {}): ApplicationFormValues => ({
  ...toFormValues(COMPLETE),
  ...patch
})

describe('申报书 form values', () => {
  it('shows stored 分 as 元 and reads them back to the same content', () => {
    const form = toFormValues(COMPLETE)
    expect(form.requestedFen).toBe('60000.00')
    expect(form.budgetLines[1]).toEqual({
      category: '活动费',
      item: '活动物资包',
      unitPriceFen: '33.33',
      quantity: 1.5,
      note: '每包'
    })
    const { content, inputIssues } = toContent(form)
    expect(inputIssues).toEqual([])
    // The linked needs are left as stored; an empty note is stored as none.
    expect(content).not.toHaveProperty('needIds')
    expect(content).toEqual({
      ...COMPLETE,
      needIds: undefined,
      budgetLines: COMPLETE.budgetLines.map((line) => ({ ...line, note: line.note ?? '' }))
    })
  })

  it('reads an empty amount as 0 and says at the field which amount it cannot read', () => {
    const { content, inputIssues } = toContent(
      values({
        requestedFen: '',
        matchingFen: '四万',
        budgetLines: [
          { category: '人员费', item: '社工', unitPriceFen: '', quantity: 1, note: '' },
          { category: '人员费', item: '督导', unitPriceFen: '1.234', quantity: 1, note: '' }
        ]
      })
    )
    expect(content.requestedFen).toBe(0)
    expect(inputIssues).toEqual([
      { field: 'budgetLines.0.unitPriceFen', level: 'error', message: '请填写单价' },
      {
        field: 'budgetLines.1.unitPriceFen',
        level: 'error',
        message: '金额最多保留两位小数（到分）'
      },
      { field: 'matchingFen', level: 'error', message: '无法识别的金额：“四万”' }
    ])
  })

  it('computes a line amount only once price and quantity can be read', () => {
    expect(lineAmount({ unitPriceFen: '33.33', quantity: 1.5 })).toBe(5000)
    expect(lineAmount({ unitPriceFen: '', quantity: 2 })).toBeNull()
    expect(lineAmount({ unitPriceFen: '10', quantity: null })).toBeNull()
  })
})

describe('live checks of the 申报书 form', () => {
  it('finds nothing in a complete application inside the call window', () => {
    expect(checkForm(values(), STORED, ROUND, TODAY)).toMatchObject({
      draftErrors: [],
      submission: []
    })
  })

  it('reports a grant above the share of the budget, with the amounts, as a submission issue only', () => {
    const check = checkForm(
      values({ requestedFen: '90000', matchingFen: '10000' }),
      STORED,
      ROUND,
      TODAY
    )
    expect(check.draftErrors).toEqual([])
    expect(check.submission).toEqual([
      {
        field: 'requestedFen',
        level: 'error',
        message:
          '申请金额 90,000.00 元 超过预算总额 100,000.00 元 的 60%（最多 60,000.00 元），超出 30,000.00 元'
      }
    ])
  })

  it('reports a category cap under the budget list and a draft rule as a draft error', () => {
    const form = values({
      activities: [{ month: '2029-01', content: '回访' }],
      budgetLines: [
        ...values().budgetLines,
        { category: '管理费', item: '财务审计', unitPriceFen: '20000', quantity: 1, note: '' }
      ],
      requestedFen: '72000',
      matchingFen: '48000'
    })
    const check = checkForm(form, STORED, ROUND, TODAY)
    expect(check.draftErrors).toEqual([
      {
        field: 'activities.0.month',
        level: 'error',
        message: '活动月份 2029-01 须在 2027-01 至 2028-12 之间（本批次为 2027 年度）'
      }
    ])
    const cap = check.submission.find((issue) => issue.field === 'budgetLines.管理费')
    expect(cap?.message).toBe(
      '管理费 20,000.00 元 超过预算总额 120,000.00 元 的 10%（最多 12,000.00 元），超出 8,000.00 元'
    )
    expect(issueSlot(cap!.field)).toBe('budgetLines')
  })

  it('leaves out a line it cannot read instead of judging the budget on a stand-in', () => {
    const form = values({
      budgetLines: [{ category: '人员费', item: '', unitPriceFen: 'abc', quantity: 1, note: '' }],
      requestedFen: '6000',
      matchingFen: '4000'
    })
    const check = checkForm(form, STORED, ROUND, TODAY)
    expect(check.draftErrors).toEqual([
      { field: 'budgetLines.0.unitPriceFen', level: 'error', message: '无法识别的金额：“abc”' },
      { field: 'budgetLines.0.item', level: 'error', message: '请填写支出内容' }
    ])
    // No "at least one line" while the line is there, and no total to measure against.
    expect(check.submission.map((issue) => issue.field)).toEqual([
      'budgetLines.0.unitPriceFen',
      'budgetLines.0.item'
    ])
    expect(check.content?.budgetLines).toEqual([])
  })

  it('judges the other rows while one row is half filled in', () => {
    const form = values({
      activities: [
        { month: '', content: '入户探访' },
        { month: '2030-05', content: '' }
      ],
      team: [
        { socialWorkerId: null, role: '督导' },
        { socialWorkerId: 'w-1', role: '项目负责人' },
        { socialWorkerId: 'w-1', role: '社工' }
      ]
    })
    const fields = checkForm(form, STORED, ROUND, TODAY).draftErrors.map((issue) => [
      issue.field,
      issue.message
    ])
    expect(fields).toEqual([
      ['activities.0.month', '活动月份须为 YYYY-MM 格式'],
      ['activities.1.content', '请填写活动内容'],
      ['team.0.socialWorkerId', '请选择社工'],
      ['team.2.socialWorkerId', '同一名社工不能在团队中重复列出']
    ])
  })

  it('adds what submitting needs and the call window to the draft errors', () => {
    const form = values({ title: ' ', contactPhone: '12345' })
    const check = checkForm(form, STORED, ROUND, '2026-12-01')
    expect(check.draftErrors).toEqual([
      {
        field: 'contactPhone',
        level: 'error',
        message: '电话号码格式不正确（手机 11 位，座机带区号）'
      }
    ])
    expect(check.submission.map((issue) => issue.message)).toEqual([
      '电话号码格式不正确（手机 11 位，座机带区号）',
      '申报已于 2026-11-30 截止（征集期 2026-11-01 至 2026-11-30）',
      '请填写项目名称'
    ])
  })
})

describe('where the form shows an issue', () => {
  it('names the input, the row or the list', () => {
    expect(issueLabel('budgetLines.2.unitPriceFen')).toBe('预算明细第 3 项 · 单价')
    expect(issueLabel('budgetLines.2')).toBe('预算明细第 3 项')
    expect(issueLabel('budgetLines.人员费')).toBe('预算明细')
    expect(issueLabel('requestedFen')).toBe('申请金额')
    expect(issueLabel('')).toBeNull()
  })

  it('starts a new activity the month after the last one, or when projects are signed', () => {
    expect(nextActivityMonth([], '2027-01-05')).toBe('2027-01')
    expect(nextActivityMonth([{ month: '2027-12' }], '2027-01-05')).toBe('2028-01')
    expect(nextActivityMonth([{ month: '2027-03' }], '2027-01-05')).toBe('2027-04')
  })
})
