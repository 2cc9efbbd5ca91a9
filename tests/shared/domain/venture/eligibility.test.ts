import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ELIGIBILITY_RULES,
  checkEligibility,
  eligibilityRulesSchema,
  type EligibilityInput,
  type EligibilityRules
} from '@shared/domain/venture/eligibility'
import type { AnnualCheck, Rating, RatingGrade } from '@shared/domain/organizations/organization'

const today = '2026-11-22'

const checks = (
  ...entries: [number, AnnualCheck['conclusion'], AnnualCheck['mode']?][]
): AnnualCheck[] =>
  entries.map(([year, conclusion, mode]) => ({ year, mode: mode ?? '年检', conclusion }))

const input: EligibilityInput = {
  organization: {
    name: '阳光社工服务中心',
    registrationStatus: '已登记',
    rating: null,
    annualChecks: checks([2024, '合格'], [2025, '合格']),
    archivedAt: null
  },
  failedEvaluations: [],
  otherApplications: [],
  track: 'elderly'
}

/** The input with organisation fields replaced. */
const withOrganization = (organization: Partial<EligibilityInput['organization']>) => ({
  ...input,
  organization: { ...input.organization, ...organization }
})

const rules = (changes: Partial<EligibilityRules> = {}): EligibilityRules => ({
  ...DEFAULT_ELIGIBILITY_RULES,
  ...changes
})

/** The entry for one rule. */
const entry = (
  subject: EligibilityInput,
  rule: string,
  ruleChanges: Partial<EligibilityRules> = {},
  day = today
) => checkEligibility(subject, rules(ruleChanges), day).checks.find((check) => check.rule === rule)

const pass = (reason: string) => ({ passed: true, reason })
const fail = (reason: string) => ({ passed: false, reason })

describe('eligibilityRulesSchema', () => {
  it('accepts the defaults', () => {
    expect(eligibilityRulesSchema.parse(DEFAULT_ELIGIBILITY_RULES)).toEqual(
      DEFAULT_ELIGIBILITY_RULES
    )
  })

  it('has the documented defaults', () => {
    expect(DEFAULT_ELIGIBILITY_RULES).toEqual({
      allowFiled: true,
      noFailedEvaluationYears: 3,
      minRating: null,
      onePerOrganizationPerTrack: true
    })
  })

  it.each([0, 10])('accepts %i years', (noFailedEvaluationYears) => {
    expect(eligibilityRulesSchema.safeParse(rules({ noFailedEvaluationYears })).success).toBe(true)
  })

  it('accepts a minimum rating', () => {
    expect(eligibilityRulesSchema.parse(rules({ minRating: '3A' })).minRating).toBe('3A')
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['negative years', { noFailedEvaluationYears: -1 }, '不良记录审查年限不能为负数'],
    ['more than 10 years', { noFailedEvaluationYears: 11 }, '不良记录审查年限最多为 10 年'],
    ['fractional years', { noFailedEvaluationYears: 1.5 }, '不良记录审查年限须为整数'],
    ['years as text', { noFailedEvaluationYears: '3' }, '不良记录审查年限须为数字'],
    ['an unknown grade', { minRating: '6A' }, '请选择最低评估等级'],
    ['allowFiled missing', { allowFiled: undefined }, '请选择是否接受备案的社区社会组织申报'],
    [
      'a non-boolean per-track limit',
      { onePerOrganizationPerTrack: 'yes' },
      '请选择是否限制同一类别的申报数'
    ]
  ])('refuses %s', (_case, changes, message) => {
    const result = eligibilityRulesSchema.safeParse({ ...DEFAULT_ELIGIBILITY_RULES, ...changes })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message])
  })

  it('refuses unknown keys', () => {
    expect(
      eligibilityRulesSchema.safeParse({ ...DEFAULT_ELIGIBILITY_RULES, extra: 1 }).success
    ).toBe(false)
  })
})

describe('checkEligibility', () => {
  it('lists every rule, in order, for a clean registered organisation', () => {
    expect(checkEligibility(input, DEFAULT_ELIGIBILITY_RULES, today)).toEqual({
      eligible: true,
      checks: [
        { rule: '登记状态', passed: true, reason: '阳光社工服务中心为已登记的社会组织' },
        {
          rule: '年检与评估记录',
          passed: true,
          reason: '近 3 年内（2023 年度起的年检、2023-11-22 以来的评估）无不合格记录'
        },
        { rule: '评估等级', passed: true, reason: '本轮不要求评估等级' },
        { rule: '同类别申报', passed: true, reason: '该组织在本类别没有其他申报' }
      ]
    })
  })

  describe('登记状态', () => {
    it.each<[string, EligibilityInput['organization']['registrationStatus'], boolean, object]>([
      ['已登记', '已登记', true, pass('阳光社工服务中心为已登记的社会组织')],
      ['已登记 without 备案', '已登记', false, pass('阳光社工服务中心为已登记的社会组织')],
      [
        '备案 when allowed',
        '备案',
        true,
        pass('阳光社工服务中心为已备案的社区社会组织，本轮接受备案组织申报')
      ],
      [
        '备案 when not allowed',
        '备案',
        false,
        fail('本轮仅接受已登记的社会组织，阳光社工服务中心仅为备案的社区社会组织')
      ],
      [
        '筹备 when 备案 is allowed',
        '筹备',
        true,
        fail('本轮接受已登记或已备案的组织，阳光社工服务中心尚在筹备')
      ],
      [
        '筹备 when 备案 is not allowed',
        '筹备',
        false,
        fail('本轮仅接受已登记的社会组织，阳光社工服务中心尚在筹备')
      ],
      ['注销', '注销', true, fail('阳光社工服务中心已注销')],
      ['注销 when 备案 is not allowed', '注销', false, fail('阳光社工服务中心已注销')]
    ])('%s', (_case, registrationStatus, allowFiled, expected) => {
      expect(entry(withOrganization({ registrationStatus }), '登记状态', { allowFiled })).toEqual({
        rule: '登记状态',
        ...expected
      })
    })

    it('refuses an archived organisation even when registered', () => {
      const archived = withOrganization({ archivedAt: '2026-03-01T08:00:00.000Z' })
      expect(entry(archived, '登记状态')).toEqual({
        rule: '登记状态',
        ...fail('阳光社工服务中心已在登记册中归档，请先恢复')
      })
      expect(checkEligibility(archived, DEFAULT_ELIGIBILITY_RULES, today).eligible).toBe(false)
    })

    it('names both the status and the archive mark when both refuse', () => {
      const archived = withOrganization({
        registrationStatus: '注销',
        archivedAt: '2026-03-01T08:00:00.000Z'
      })
      expect(entry(archived, '登记状态')).toEqual({
        rule: '登记状态',
        ...fail('阳光社工服务中心已注销，且已在登记册中归档')
      })
    })
  })

  describe('年检与评估记录', () => {
    const record = (subject: EligibilityInput, years = 3, day = today) =>
      entry(subject, '年检与评估记录', { noFailedEvaluationYears: years }, day)

    it.each<[string, AnnualCheck[], number, object]>([
      [
        'a 不合格 in the last reporting year',
        checks([2025, '不合格']),
        3,
        fail('2025 年度年检结论为不合格（近 3 年内）')
      ],
      [
        'a 不合格 年报',
        checks([2024, '不合格', '年报']),
        3,
        fail('2024 年度年报结论为不合格（近 3 年内）')
      ],
      // Current year 2026 − 3 = 2023: the first year in the window.
      [
        'a 不合格 on the edge of the window',
        checks([2023, '不合格'], [2024, '合格']),
        3,
        fail('2023 年度年检结论为不合格（近 3 年内）')
      ],
      [
        'a 不合格 just outside the window',
        checks([2022, '不合格'], [2023, '合格']),
        3,
        pass('近 3 年内（2023 年度起的年检、2023-11-22 以来的评估）无不合格记录')
      ],
      [
        'a 不合格 inside a one-year window',
        checks([2025, '不合格']),
        1,
        fail('2025 年度年检结论为不合格（近 1 年内）')
      ],
      [
        'a 不合格 outside a one-year window',
        checks([2024, '不合格']),
        1,
        pass('近 1 年内（2025 年度起的年检、2025-11-22 以来的评估）无不合格记录')
      ],
      [
        '基本合格, which is not a failure',
        checks([2024, '基本合格'], [2025, '基本合格']),
        3,
        pass('近 3 年内（2023 年度起的年检、2023-11-22 以来的评估）无不合格记录')
      ],
      [
        'several 不合格, oldest first',
        checks([2025, '不合格'], [2023, '不合格'], [2024, '合格']),
        3,
        fail('2023 年度年检结论为不合格（近 3 年内）；2025 年度年检结论为不合格（近 3 年内）')
      ],
      [
        'no 年检 at all (a 备案 group takes none)',
        [],
        3,
        pass('近 3 年内（2023 年度起的年检、2023-11-22 以来的评估）无不合格记录')
      ]
    ])('with %s', (_case, annualChecks, years, expected) => {
      expect(record(withOrganization({ annualChecks }), years)).toEqual({
        rule: '年检与评估记录',
        ...expected
      })
    })

    it.each<[string, string, boolean]>([
      ['inside the window', '2025-04-10', false],
      // Exactly three years before today still counts.
      ['on the first day of the window', '2023-11-22', false],
      ['the day before the window', '2023-11-21', true],
      ['today', '2026-11-22', false]
    ])('a failed evaluation %s (%s)', (_case, on, passed) => {
      const subject = { ...input, failedEvaluations: [{ on, what: '出壳评估' }] }
      expect(record(subject)).toEqual({
        rule: '年检与评估记录',
        passed,
        reason: passed
          ? '近 3 年内（2023 年度起的年检、2023-11-22 以来的评估）无不合格记录'
          : `${on} 出壳评估未通过（近 3 年内）`
      })
    })

    it('counts a window from 29 February back to 28 February', () => {
      const subject = {
        ...input,
        failedEvaluations: [{ on: '2027-02-28', what: '“邻里守望”项目末期评估' }]
      }
      expect(record(subject, 1, '2028-02-29')).toEqual({
        rule: '年检与评估记录',
        ...fail('2027-02-28 “邻里守望”项目末期评估未通过（近 1 年内）')
      })
      expect(record(subject, 1, '2028-03-01')?.passed).toBe(true)
    })

    it('moves the 年检 window at new year', () => {
      const subject = withOrganization({ annualChecks: checks([2023, '不合格']) })
      expect(record(subject, 3, '2026-12-31')?.passed).toBe(false)
      expect(record(subject, 3, '2027-01-01')?.passed).toBe(true)
    })

    it('names 年检 first, then evaluations by date', () => {
      const subject = {
        ...withOrganization({ annualChecks: checks([2024, '不合格']) }),
        failedEvaluations: [
          { on: '2026-01-15', what: '“邻里守望”项目中期评估' },
          { on: '2024-06-30', what: '出壳评估' }
        ]
      }
      expect(record(subject)).toEqual({
        rule: '年检与评估记录',
        ...fail(
          '2024 年度年检结论为不合格（近 3 年内）；2024-06-30 出壳评估未通过（近 3 年内）；2026-01-15 “邻里守望”项目中期评估未通过（近 3 年内）'
        )
      })
    })

    it('is not checked with 0 years, but still listed', () => {
      const subject = {
        ...withOrganization({ annualChecks: checks([2026, '不合格']) }),
        failedEvaluations: [{ on: '2026-11-01', what: '出壳评估' }]
      }
      expect(record(subject, 0)).toEqual({
        rule: '年检与评估记录',
        ...pass('本轮不审查年检结论和评估记录')
      })
    })
  })

  describe('评估等级', () => {
    const rated = (grade: RatingGrade, ratedOn = '2024-06-30'): EligibilityInput => {
      const rating: Rating = { grade, score: 800, ratedOn }
      return withOrganization({ rating })
    }

    it.each<[string, EligibilityInput, RatingGrade | null, object]>([
      ['no minimum, no rating', input, null, pass('本轮不要求评估等级')],
      // Not asked, so an expired or low rating does not matter.
      [
        'no minimum, an expired rating',
        rated('1A', '2020-01-01'),
        null,
        pass('本轮不要求评估等级')
      ],
      ['no rating', input, '3A', fail('需要 3A 及以上的有效评估等级，该组织尚未获得评估等级')],
      ['a lower grade', rated('2A'), '3A', fail('需要 3A 及以上的有效评估等级，该组织为 2A')],
      [
        'exactly the minimum',
        rated('3A'),
        '3A',
        pass('该组织为 3A（有效期至 2029-06-30），达到 3A 及以上的要求')
      ],
      [
        'a higher grade',
        rated('5A'),
        '3A',
        pass('该组织为 5A（有效期至 2029-06-30），达到 3A 及以上的要求')
      ],
      [
        '1A against a 1A minimum',
        rated('1A'),
        '1A',
        pass('该组织为 1A（有效期至 2029-06-30），达到 1A 及以上的要求')
      ],
      [
        '4A against a 5A minimum',
        rated('4A'),
        '5A',
        fail('需要 5A 及以上的有效评估等级，该组织为 4A')
      ],
      // Valid until 2026-12-31: expiring soon still counts.
      [
        'an expiring rating',
        rated('4A', '2021-12-31'),
        '3A',
        pass('该组织为 4A（有效期至 2026-12-31），达到 3A 及以上的要求')
      ],
      [
        'a rating on its last valid day',
        rated('4A', '2021-11-22'),
        '3A',
        pass('该组织为 4A（有效期至 2026-11-22），达到 3A 及以上的要求')
      ],
      [
        'a rating expired yesterday',
        rated('4A', '2021-11-21'),
        '3A',
        fail('需要 3A 及以上的有效评估等级，该组织的 4A 等级评估有效期至 2026-11-21，已过期')
      ],
      [
        'an expired rating that was also too low',
        rated('2A', '2020-06-01'),
        '3A',
        fail('需要 3A 及以上的有效评估等级，该组织的 2A 等级评估有效期至 2025-06-01，已过期')
      ]
    ])('%s', (_case, subject, minRating, expected) => {
      expect(entry(subject, '评估等级', { minRating })).toEqual({ rule: '评估等级', ...expected })
    })
  })

  describe('同类别申报', () => {
    const applying = (...others: [string, string][]): EligibilityInput => ({
      ...input,
      otherApplications: others.map(([track, status], i) => ({ id: `a${i}`, track, status }))
    })

    it.each<[string, EligibilityInput, boolean, object]>([
      ['no other application', applying(), true, pass('该组织在本类别没有其他申报')],
      [
        'another application in another track',
        applying(['youth', '已提交']),
        true,
        pass('该组织在本类别没有其他申报')
      ],
      [
        'another application in the same track',
        applying(['elderly', '已提交']),
        true,
        fail('每个组织在同一类别只能申报一个项目，该组织在本类别已有一份状态为“已提交”的申报')
      ],
      [
        'two others in the same track and one elsewhere',
        applying(['elderly', '草稿'], ['youth', '已提交'], ['elderly', '初审通过']),
        true,
        fail(
          '每个组织在同一类别只能申报一个项目，该组织在本类别已有 2 份申报（状态为“草稿”、“初审通过”）'
        )
      ],
      [
        'another in the same track when the round allows more',
        applying(['elderly', '已提交']),
        false,
        pass('本轮允许同一组织在同一类别申报多个项目')
      ]
    ])('%s', (_case, subject, onePerOrganizationPerTrack, expected) => {
      expect(entry(subject, '同类别申报', { onePerOrganizationPerTrack })).toEqual({
        rule: '同类别申报',
        ...expected
      })
    })

    it('leaves withdrawn applications to the caller: it drops them before asking', () => {
      // An organisation that withdrew its application may apply again in the same track; the
      // caller passes only non-withdrawn ones, so a withdrawn one never reaches this check.
      const withdrawnDropped = applying()
      expect(entry(withdrawnDropped, '同类别申报')?.passed).toBe(true)
      // Were it passed in, it would count like any other: the status is only named, not judged.
      expect(entry(applying(['elderly', '已撤回']), '同类别申报')?.passed).toBe(false)
    })
  })

  it('lists every rule with its reason when several fail', () => {
    const subject: EligibilityInput = {
      organization: {
        name: '邻里互助会',
        registrationStatus: '筹备',
        rating: { grade: '2A', score: 650, ratedOn: '2023-03-01' },
        annualChecks: checks([2024, '不合格']),
        archivedAt: null
      },
      failedEvaluations: [{ on: '2025-09-01', what: '中期评估' }],
      otherApplications: [{ id: 'x', track: 'elderly', status: '已提交' }],
      track: 'elderly'
    }
    expect(checkEligibility(subject, rules({ allowFiled: false, minRating: '3A' }), today)).toEqual(
      {
        eligible: false,
        checks: [
          {
            rule: '登记状态',
            passed: false,
            reason: '本轮仅接受已登记的社会组织，邻里互助会尚在筹备'
          },
          {
            rule: '年检与评估记录',
            passed: false,
            reason: '2024 年度年检结论为不合格（近 3 年内）；2025-09-01 中期评估未通过（近 3 年内）'
          },
          {
            rule: '评估等级',
            passed: false,
            reason: '需要 3A 及以上的有效评估等级，该组织为 2A'
          },
          {
            rule: '同类别申报',
            passed: false,
            reason: '每个组织在同一类别只能申报一个项目，该组织在本类别已有一份状态为“已提交”的申报'
          }
        ]
      }
    )
  })

  it('is ineligible when a single rule fails', () => {
    const subject = withOrganization({ registrationStatus: '备案' })
    const result = checkEligibility(subject, rules({ allowFiled: false }), today)
    expect(result.eligible).toBe(false)
    expect(result.checks.map((check) => check.passed)).toEqual([false, true, true, true])
  })
})
