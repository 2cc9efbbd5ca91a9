import { describe, expect, it } from 'vitest'
import {
  RATING_EXPIRY_WARNING_DAYS,
  evaluationEligibility,
  latestDueAnnualCheckYear,
  ratingBandIssue,
  ratingState
} from '@shared/domain/organizations/rating'
import { DEFAULT_RATING_BANDS, type RatingBands } from '@shared/domain/evaluations/grade-bands'
import type { AnnualCheck, Organization, Rating } from '@shared/domain/organizations/organization'

const today = '2026-11-22'

describe('ratingState', () => {
  // Rated 2021-06-30: valid until 2026-06-30, five years on.
  const rating: Rating = { grade: '4A', score: 850, ratedOn: '2021-06-30' }

  it('is none without a rating', () => {
    expect(ratingState(null, today)).toEqual({ state: 'none' })
  })

  it.each([
    ['2025-12-30', { state: 'valid', validUntil: '2026-06-30' }],
    ['2025-12-31', { state: 'valid', validUntil: '2026-06-30' }],
    ['2026-01-01', { state: 'expiring', validUntil: '2026-06-30', daysLeft: 180 }],
    ['2026-06-29', { state: 'expiring', validUntil: '2026-06-30', daysLeft: 1 }],
    ['2026-06-30', { state: 'expiring', validUntil: '2026-06-30', daysLeft: 0 }],
    ['2026-07-01', { state: 'expired', validUntil: '2026-06-30' }]
  ])('on %s is %j', (day, state) => {
    expect(ratingState(rating, day)).toEqual(state)
  })

  it('warns from 180 days before expiry', () => {
    expect(RATING_EXPIRY_WARNING_DAYS).toBe(180)
  })

  it('counts five years from 29 February to 28 February', () => {
    expect(ratingState({ grade: '3A', score: 720, ratedOn: '2024-02-29' }, '2029-03-01')).toEqual({
      state: 'expired',
      validUntil: '2029-02-28'
    })
  })
})

describe('ratingBandIssue', () => {
  it('says nothing without a rating or when grade and score agree', () => {
    expect(ratingBandIssue(null, DEFAULT_RATING_BANDS)).toBeNull()
    expect(
      ratingBandIssue({ grade: '5A', score: 900, ratedOn: '2024-06-30' }, DEFAULT_RATING_BANDS)
    ).toBeNull()
    expect(
      ratingBandIssue({ grade: '4A', score: 899, ratedOn: '2024-06-30' }, DEFAULT_RATING_BANDS)
    ).toBeNull()
  })

  it('warns when the score belongs to another grade under the office’s bands', () => {
    expect(
      ratingBandIssue({ grade: '5A', score: 899, ratedOn: '2024-06-30' }, DEFAULT_RATING_BANDS)
    ).toEqual({
      field: 'rating.grade',
      level: 'warning',
      message: '按本单位的分数段，899 分对应 4A，与录入的 5A 不一致，请核对证书'
    })
  })

  it('warns when the score does not reach 1A at all', () => {
    const anqing: RatingBands = { '5A': 951, '4A': 901, '3A': 851, '2A': 801, '1A': 701 }
    expect(ratingBandIssue({ grade: '1A', score: 650, ratedOn: '2024-06-30' }, anqing)).toEqual({
      field: 'rating.grade',
      level: 'warning',
      message: '按本单位的分数段，650 分达不到 1A，请核对证书'
    })
    expect(ratingBandIssue({ grade: '5A', score: 951, ratedOn: '2024-06-30' }, anqing)).toBeNull()
  })
})

describe('latestDueAnnualCheckYear', () => {
  it.each([
    ['2026-01-01', 2024],
    ['2026-05-31', 2024],
    ['2026-06-01', 2025],
    ['2026-11-22', 2025],
    ['2026-12-31', 2025]
  ])('on %s the latest report due is for %i', (day, year) => {
    expect(latestDueAnnualCheckYear(day)).toBe(year)
  })
})

type Subject = Pick<
  Organization,
  'registrationStatus' | 'establishedOn' | 'rating' | 'annualChecks'
>

const checks = (
  ...entries: [number, AnnualCheck['conclusion'], AnnualCheck['mode']?][]
): AnnualCheck[] =>
  entries.map(([year, conclusion, mode]) => ({ year, mode: mode ?? '年检', conclusion }))

const organization: Subject = {
  registrationStatus: '已登记',
  establishedOn: '2018-05-10',
  rating: null,
  annualChecks: checks([2024, '合格'], [2025, '合格'])
}

const ELIGIBLE = {
  verdict: 'eligible',
  reasons: ['符合申请等级评估的基本条件（是否受过行政处罚、是否正被调查须另行核实）']
}

const ineligible = (...reasons: string[]) => ({ verdict: 'ineligible', reasons })

describe('evaluationEligibility', () => {
  it('finds a registered group, two years old, never rated, with clean reports eligible', () => {
    expect(evaluationEligibility(organization, today)).toEqual(ELIGIBLE)
  })

  it('counts a 年报 the same as a 年检', () => {
    const reported = { ...organization, annualChecks: checks([2025, '合格', '年报']) }
    expect(evaluationEligibility(reported, today)).toEqual(ELIGIBLE)
  })

  it.each(['筹备', '备案', '注销'] as const)('bars a group that is %s', (registrationStatus) => {
    expect(evaluationEligibility({ ...organization, registrationStatus }, today)).toEqual(
      ineligible(`等级评估面向已登记的社会组织，该组织为“${registrationStatus}”`)
    )
  })

  it('cannot tell without a founding date', () => {
    expect(evaluationEligibility({ ...organization, establishedOn: null }, today)).toEqual({
      verdict: 'unknown',
      reasons: ['未填写成立（登记）日期，无法判断是否登记满两年']
    })
  })

  it('reports a bar rather than an unknown when both apply', () => {
    expect(
      evaluationEligibility({ ...organization, establishedOn: null, annualChecks: [] }, today)
    ).toEqual(ineligible('没有 2025 年度的年检（年报）记录'))
  })

  it.each([
    ['2024-11-23', ineligible('登记未满两年（2026-11-23 满两年）')],
    ['2024-11-22', ELIGIBLE],
    ['2018-05-10', ELIGIBLE]
  ])('registered on %s is %j', (establishedOn, verdict) => {
    expect(evaluationEligibility({ ...organization, establishedOn }, today)).toEqual(verdict)
  })

  it.each([
    // Valid until 2028-01-10.
    ['valid', '2023-01-10', '2028-01-10'],
    // Valid until 2026-12-31: expiring soon is still in force.
    ['expiring', '2021-12-31', '2026-12-31'],
    // The last day of validity is still in force.
    ['in force today', '2021-11-22', '2026-11-22']
  ])('bars a group whose rating is %s', (_case, ratedOn, validUntil) => {
    const rated = { ...organization, rating: { grade: '4A' as const, score: 850, ratedOn } }
    expect(evaluationEligibility(rated, today)).toEqual(
      ineligible(
        `现有 4A 等级有效期至 ${validUntil}，到期后方可重新评估（部分地区允许评定满两年后申请升级）`
      )
    )
  })

  it('lets a group whose rating has expired apply again', () => {
    const rated = {
      ...organization,
      rating: { grade: '3A' as const, score: 720, ratedOn: '2021-11-21' }
    }
    expect(evaluationEligibility(rated, today)).toEqual(ELIGIBLE)
  })

  describe('年检 bars', () => {
    it.each<[string, AnnualCheck[], ReturnType<typeof ineligible> | typeof ELIGIBLE]>([
      ['no report at all', [], ineligible('没有 2025 年度的年检（年报）记录')],
      [
        'only older reports',
        checks([2023, '合格'], [2024, '合格']),
        ineligible('没有 2025 年度的年检（年报）记录')
      ],
      [
        'the last due year 不合格',
        checks([2025, '不合格']),
        ineligible('2025 年度年检结论为不合格')
      ],
      ['an earlier 不合格 only', checks([2024, '不合格'], [2025, '合格']), ELIGIBLE],
      [
        '基本合格 two years running',
        checks([2024, '基本合格'], [2025, '基本合格', '年报']),
        ineligible('2024、2025 年度年检连续两年基本合格')
      ],
      ['基本合格 once', checks([2024, '合格'], [2025, '基本合格']), ELIGIBLE],
      ['基本合格 with a gap year missing', checks([2025, '基本合格']), ELIGIBLE],
      ['基本合格 then 合格', checks([2024, '基本合格'], [2025, '合格']), ELIGIBLE],
      // A report for the current year, not yet due, changes nothing.
      ['a clean report early', checks([2025, '合格'], [2026, '不合格']), ELIGIBLE]
    ])('%s', (_case, annualChecks, verdict) => {
      expect(evaluationEligibility({ ...organization, annualChecks }, today)).toEqual(verdict)
    })

    it('looks at last year’s report only from 1 June', () => {
      const annualChecks = checks([2023, '基本合格'], [2024, '基本合格'], [2025, '合格'])
      const subject = { ...organization, annualChecks }
      expect(evaluationEligibility(subject, '2026-05-31')).toEqual(
        ineligible('2023、2024 年度年检连续两年基本合格')
      )
      expect(evaluationEligibility(subject, '2026-06-01')).toEqual(ELIGIBLE)
    })

    it('does not ask for last year’s report before it is due', () => {
      const subject = { ...organization, annualChecks: checks([2024, '合格']) }
      expect(evaluationEligibility(subject, '2026-05-31')).toEqual(ELIGIBLE)
      expect(evaluationEligibility(subject, '2026-06-01')).toEqual(
        ineligible('没有 2025 年度的年检（年报）记录')
      )
    })
  })

  it('lists every reason a registered organisation is barred, in order', () => {
    expect(
      evaluationEligibility(
        {
          registrationStatus: '已登记',
          establishedOn: '2025-05-10',
          rating: { grade: '2A', score: 650, ratedOn: '2023-03-01' },
          annualChecks: checks([2025, '不合格'])
        },
        today
      )
    ).toEqual(
      ineligible(
        '登记未满两年（2027-05-10 满两年）',
        '现有 2A 等级有效期至 2028-03-01，到期后方可重新评估（部分地区允许评定满两年后申请升级）',
        '2025 年度年检结论为不合格'
      )
    )
  })

  it('gives a group that is not registered only that reason: it takes no 年检 either', () => {
    expect(
      evaluationEligibility(
        {
          registrationStatus: '注销',
          establishedOn: '2018-05-10',
          rating: { grade: '2A', score: 650, ratedOn: '2023-03-01' },
          annualChecks: []
        },
        today
      )
    ).toEqual(ineligible('等级评估面向已登记的社会组织，该组织为“注销”'))
  })
})
