import { describe, expect, it } from 'vitest'
import { usccCheckChar } from '@shared/domain/identifiers/uscc'
import {
  awardedBidder,
  emptyProcurement,
  PROCUREMENT_METHOD_RULES,
  PROCUREMENT_METHODS,
  procurementIssues,
  procurementSchema,
  type Bidder,
  type Procurement,
  type ProcurementMethod
} from '@shared/domain/procurement/procurement'

const body = '52320585MJ5678901'
const validUscc = body + usccCheckChar(body)!

const bidder = (name: string, change: Partial<Bidder> = {}): Bidder => ({
  name,
  uscc: null,
  organizationId: null,
  quotedFen: null,
  score: null,
  qualified: true,
  ...change
})

const CONTRACT = 36_000_000

/** A 公开招标 won by the best-scored of three bidders at the contract amount. */
const tender: Procurement = {
  method: '公开招标',
  fields: { announcementNo: 'TCZC2026-015', noticeOn: '2026-02-02', openingOn: '2026-02-25' },
  bidders: [
    bidder('阳光社工服务中心', {
      uscc: validUscc,
      organizationId: 'org-1',
      quotedFen: CONTRACT,
      score: 91.5
    }),
    bidder('和美社会工作服务社', { quotedFen: 35_500_000, score: 86 }),
    bidder('同心社区服务中心', { quotedFen: 35_800_000, score: 80 })
  ],
  awardedIndex: 0,
  awardedOn: '2026-03-02'
}

/** A procurement of `method` with `fields`, the tender's bidders and award otherwise. */
const withMethod = (method: ProcurementMethod, fields: Record<string, string>): Procurement => ({
  ...tender,
  method,
  fields
})

const issues = (procurement: Procurement, amount = CONTRACT) =>
  procurementIssues(procurement, amount)
const error = (field: string, message: string) => ({
  field: `procurement.${field}`,
  level: 'error',
  message
})
const warning = (field: string, message: string) => ({
  field: `procurement.${field}`,
  level: 'warning',
  message
})

describe('PROCUREMENT_METHOD_RULES', () => {
  it('has a rule for every method, with distinct field keys', () => {
    for (const method of PROCUREMENT_METHODS) {
      const rule = PROCUREMENT_METHOD_RULES[method]
      const keys = rule.fields.map((field) => field.key)
      expect(new Set(keys).size).toBe(keys.length)
      if (rule.validUntilField !== null) expect(keys).toContain(rule.validUntilField)
    }
  })

  it.each<[ProcurementMethod, number, 'score' | 'lowest-quote' | 'negotiated']>([
    ['公开招标', 3, 'score'],
    ['邀请招标', 3, 'score'],
    ['竞争性谈判', 3, 'lowest-quote'],
    ['竞争性磋商', 3, 'score'],
    ['单一来源', 1, 'negotiated'],
    ['询价', 3, 'lowest-quote'],
    ['框架协议', 1, 'negotiated']
  ])('%s needs %i qualified suppliers and awards by %s', (method, min, basis) => {
    expect(PROCUREMENT_METHOD_RULES[method]).toMatchObject({ minBidders: min, awardBasis: basis })
  })
})

describe('procurementSchema', () => {
  it('keeps a valid procurement as it is', () => {
    expect(procurementSchema.parse(tender)).toEqual(tender)
  })

  it('upper-cases a USCC and stores blank fields as null', () => {
    const parsed = procurementSchema.parse({
      ...tender,
      fields: { ...tender.fields, announcementNo: ' ' },
      bidders: [{ ...tender.bidders[0]!, uscc: ` ${validUscc.toLowerCase()} ` }]
    })
    expect(parsed.fields.announcementNo).toBeNull()
    expect(parsed.bidders[0]!.uscc).toBe(validUscc)
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown method', { method: '比选' }, '请选择采购方式'],
    [
      'a negative quote',
      { bidders: [bidder('甲', { quotedFen: -1 })] },
      '报价须为不小于 0 的整数（以分计）'
    ],
    ['a score above 100', { bidders: [bidder('甲', { score: 101 })] }, '评审得分不能超过 100 分'],
    ['a bad award date', { awardedOn: '2026-02-30' }, '中标（成交）日期不是有效日期（YYYY-MM-DD）']
  ])('refuses %s', (_, change, message) => {
    const result = procurementSchema.safeParse({ ...tender, ...change })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(message)
  })
})

describe('emptyProcurement', () => {
  it.each(PROCUREMENT_METHODS)('gives %s every field of its method, empty', (method) => {
    const blank = emptyProcurement(method)
    expect(procurementSchema.parse(blank)).toEqual(blank)
    expect(Object.keys(blank.fields)).toEqual(
      PROCUREMENT_METHOD_RULES[method].fields.map((field) => field.key)
    )
    expect(Object.values(blank.fields).every((value) => value === null)).toBe(true)
    expect(blank).toMatchObject({ bidders: [], awardedIndex: null, awardedOn: null })
  })

  it('is what a new form starts from: everything still to fill in', () => {
    expect(issues(emptyProcurement('单一来源'))).toEqual([
      error('fields.singleSourceReason', '单一来源采购须填写单一来源理由'),
      error('fields.publicityOn', '单一来源采购须填写公示日期'),
      error('bidders', '单一来源采购须至少有 1 家合格供应商，现有 0 家（共 0 家参与）'),
      error('awardedIndex', '请选择中标（成交）供应商'),
      error('awardedOn', '请填写中标（成交）日期')
    ])
  })
})

describe('awardedBidder', () => {
  it('is the bidder at the awarded position, or null', () => {
    expect(awardedBidder(tender)?.name).toBe('阳光社工服务中心')
    expect(awardedBidder({ ...tender, awardedIndex: null })).toBeNull()
    expect(awardedBidder({ ...tender, awardedIndex: 3 })).toBeNull()
  })
})

describe('procurementIssues: the method’s fields', () => {
  it('finds nothing wrong with a complete 公开招标', () => {
    expect(issues(tender)).toEqual([])
  })

  it('asks for each missing field by its label', () => {
    const fields = { ...tender.fields, announcementNo: null, openingOn: null }
    expect(issues({ ...tender, fields })).toEqual([
      error('fields.announcementNo', '公开招标须填写采购公告编号'),
      error('fields.openingOn', '公开招标须填写开标日期')
    ])
  })

  it('refuses a field of another method or of none', () => {
    const fields = { ...tender.fields, singleSourceReason: '唯一供应商', lotNo: '1' }
    expect(issues({ ...tender, fields })).toEqual([
      error('fields.singleSourceReason', '公开招标没有“单一来源理由”这一项'),
      error('fields.lotNo', '公开招标没有“lotNo”这一项')
    ])
  })

  it('refuses a date field that is not a date', () => {
    const fields = { ...tender.fields, openingOn: '二月底' }
    expect(issues({ ...tender, fields })).toEqual([
      error('fields.openingOn', '开标日期不是有效日期（YYYY-MM-DD）')
    ])
  })

  it('refuses procedure dates out of order', () => {
    const fields = { ...tender.fields, openingOn: '2026-01-30' }
    expect(issues({ ...tender, fields })).toEqual([
      error('fields.openingOn', '开标日期 2026-01-30 早于招标公告日期 2026-02-02')
    ])
  })

  it('warns about a bidding period shorter than the law allows', () => {
    const fields = { ...tender.fields, openingOn: '2026-02-20' }
    expect(issues({ ...tender, fields })).toEqual([
      warning('fields.openingOn', '招标公告日期至开标日期只有 18 日，公开招标一般不少于 20 日')
    ])
    expect(issues({ ...tender, fields: { ...tender.fields, openingOn: '2026-02-22' } })).toEqual([])
  })

  it('refuses an award before the last step of the procedure', () => {
    expect(issues({ ...tender, awardedOn: '2026-02-24' })).toEqual([
      error('awardedOn', '中标（成交）日期 2026-02-24 早于开标日期 2026-02-25')
    ])
  })
})

describe('procurementIssues: suppliers', () => {
  it('refuses a 公开招标 with fewer than three qualified bidders', () => {
    const bidders = [
      tender.bidders[0]!,
      tender.bidders[1]!,
      { ...tender.bidders[2]!, qualified: false }
    ]
    expect(issues({ ...tender, bidders })).toEqual([
      error('bidders', '公开招标须至少有 3 家合格投标人，现有 2 家（共 3 家参与）')
    ])
  })

  it('lets a 竞争性磋商 go on with two, with a warning citing 财库〔2015〕124号', () => {
    const consultation = withMethod('竞争性磋商', {
      announcementNo: 'TCZC2026-021',
      noticeOn: '2026-02-02',
      consultationOn: '2026-02-12'
    })
    expect(issues(consultation)).toEqual([])
    const two = { ...consultation, bidders: tender.bidders.slice(0, 2) }
    expect(issues(two)).toEqual([
      warning(
        'bidders',
        '竞争性磋商一般须有 3 家以上合格供应商，现有 2 家（共 2 家参与）；依据财库〔2015〕124号：政府购买服务项目符合要求的供应商只有 2 家的，磋商可以继续进行'
      )
    ])
    expect(issues({ ...consultation, bidders: tender.bidders.slice(0, 1) })).toEqual([
      error('bidders', '竞争性磋商须至少有 2 家合格供应商，现有 1 家（共 1 家参与）')
    ])
  })

  it('allows exactly one supplier for 单一来源', () => {
    const single = withMethod('单一来源', {
      singleSourceReason: '该机构为辖区唯一承接社区矫正帮教的专业机构',
      publicityOn: '2026-02-10'
    })
    expect(issues({ ...single, bidders: tender.bidders.slice(0, 1) })).toEqual([])
    expect(issues(single)).toEqual([error('bidders', '单一来源采购只能有 1 家供应商，现有 3 家')])
  })

  it('refuses the same supplier twice', () => {
    const bidders = [...tender.bidders, bidder('阳光社工服务中心', { score: 70 })]
    expect(issues({ ...tender, bidders })).toEqual([
      error('bidders.3', '第 4 家与第 1 家是同一投标人“阳光社工服务中心”')
    ])
  })

  it('takes the same USCC under another name for the same supplier', () => {
    const bidders = [...tender.bidders, bidder('阳光社工', { uscc: validUscc, score: 70 })]
    expect(issues({ ...tender, bidders })).toEqual([
      error('bidders.3', '第 4 家与第 1 家是同一投标人“阳光社工”')
    ])
  })

  it('refuses a USCC with a wrong check character', () => {
    const wrong = body + (usccCheckChar(body) === '0' ? '1' : '0')
    const bidders = [{ ...tender.bidders[0]!, uscc: wrong }, ...tender.bidders.slice(1)]
    const found = issues({ ...tender, bidders })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ field: 'procurement.bidders.0.uscc', level: 'error' })
    expect(found[0]!.message).toMatch(/^“阳光社工服务中心”的/)
  })

  it('needs a score from each qualified bidder when the method scores', () => {
    const bidders = [tender.bidders[0]!, { ...tender.bidders[1]!, score: null }, tender.bidders[2]!]
    expect(issues({ ...tender, bidders })).toEqual([
      error('bidders.1.score', '请填写“和美社会工作服务社”的综合评分')
    ])
    const unqualified = [...bidders, { ...bidder('新星社工'), qualified: false }]
    expect(issues({ ...tender, bidders: unqualified })).toHaveLength(1)
  })

  it('needs a quote from each qualified supplier when the lowest quote wins', () => {
    const inquiry = withMethod('询价', { noticeOn: '2026-02-02', quoteDeadlineOn: '2026-02-06' })
    const bidders = [
      bidder('甲社工中心', { quotedFen: 30_000_000 }),
      bidder('乙社工中心', { quotedFen: null }),
      bidder('丙社工中心', { quotedFen: 31_000_000 })
    ]
    expect(issues({ ...inquiry, bidders }, 30_000_000)).toEqual([
      error('bidders.1.quotedFen', '请填写“乙社工中心”的报价')
    ])
  })
})

describe('procurementIssues: the award', () => {
  it('refuses an award to an unqualified bidder', () => {
    const bidders = [...tender.bidders, bidder('新星社工', { qualified: false, score: 95 })]
    expect(issues({ ...tender, bidders, awardedIndex: 3 })).toEqual([
      error('awardedIndex', '“新星社工”未通过资格审查，不能中标（成交）')
    ])
  })

  it('refuses an award to no one or to a position not in the list', () => {
    expect(issues({ ...tender, awardedIndex: null })).toEqual([
      error('awardedIndex', '请选择中标（成交）投标人')
    ])
    expect(issues({ ...tender, awardedIndex: 5 })).toEqual([
      error('awardedIndex', '中标（成交）投标人不在名单中')
    ])
  })

  it('asks for the award date', () => {
    expect(issues({ ...tender, awardedOn: null })).toEqual([
      error('awardedOn', '请填写中标（成交）日期')
    ])
  })

  it('warns when the winning quote differs from the contract amount', () => {
    expect(issues(tender, 35_000_000)).toEqual([
      warning(
        'awardedIndex',
        '“阳光社工服务中心”的报价为 360,000.00 元，合同金额为 350,000.00 元，两者不一致'
      )
    ])
  })

  it('warns when a scored award passes over a higher score', () => {
    expect(issues({ ...tender, awardedIndex: 1 }, 35_500_000)).toEqual([
      warning(
        'awardedIndex',
        '公开招标应确定综合评分排名第一的投标人，“阳光社工服务中心”91.5 分高于“和美社会工作服务社”86 分'
      )
    ])
  })

  it('warns when 询价 is not won by the lowest qualified quote', () => {
    const inquiry = withMethod('询价', { noticeOn: '2026-02-02', quoteDeadlineOn: '2026-02-06' })
    const bidders = [
      bidder('甲社工中心', { quotedFen: 30_000_000 }),
      bidder('乙社工中心', { quotedFen: 29_000_000 }),
      bidder('丙社工中心', { quotedFen: 28_000_000, qualified: false })
    ]
    expect(issues({ ...inquiry, bidders, awardedIndex: 0 }, 30_000_000)).toEqual([
      error('bidders', '询价须至少有 3 家合格供应商，现有 2 家（共 3 家参与）'),
      warning(
        'awardedIndex',
        '询价应按最低报价确定成交，“乙社工中心”报价 290,000.00 元，低于“甲社工中心”的 300,000.00 元'
      )
    ])
    expect(issues({ ...inquiry, bidders, awardedIndex: 1 }, 29_000_000)).toEqual([
      error('bidders', '询价须至少有 3 家合格供应商，现有 2 家（共 3 家参与）')
    ])
  })

  it('keeps a framework award within the entry term', () => {
    const framework = {
      ...withMethod('框架协议', { agreementNo: 'KJXY-2025-03', entryValidUntil: '2026-12-31' }),
      bidders: [bidder('阳光社工服务中心', { quotedFen: CONTRACT })]
    }
    expect(issues(framework)).toEqual([])
    expect(issues({ ...framework, awardedOn: '2027-01-05' })).toEqual([
      error('awardedOn', '中标（成交）日期 2027-01-05 晚于入围期限（至） 2026-12-31')
    ])
  })
})
