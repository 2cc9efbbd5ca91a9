import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  staffingIssues,
  staffingRequirementSchema,
  staffingSummary,
  type StaffingMember,
  type StaffingRequirement
} from '@shared/domain/procurement/staffing'
import { CERT_LEVELS, type CertLevel } from '@shared/domain/social-workers/social-worker'

const today = '2026-11-22'

let nextId = 0
const worker = (
  name: string,
  certLevel: CertLevel,
  change: Partial<StaffingMember> = {}
): StaffingMember => ({
  id: `worker-${(nextId += 1)}`,
  name,
  certLevel,
  registrationValidUntil: certLevel === '未持证' ? null : '2028-06-30',
  archivedAt: null,
  ...change
})

const error = (message: string) => ({ field: 'socialWorkerIds', level: 'error', message })
const warning = (message: string) => ({ field: 'socialWorkerIds', level: 'warning', message })

/** 社会工作师及以上 2 名，助理社会工作师及以上 3 名. */
const requirement: StaffingRequirement = [
  { level: '助理社会工作师', count: 3 },
  { level: '社会工作师', count: 2 }
]

describe('staffingRequirementSchema', () => {
  it('accepts one row per level', () => {
    expect(staffingRequirementSchema.parse(requirement)).toEqual(requirement)
    expect(staffingRequirementSchema.parse([])).toEqual([])
  })

  it.each<[string, unknown, string]>([
    ['a level twice', [...requirement, { level: '社会工作师', count: 1 }], '每个等级只填一行'],
    ['a count of 0', [{ level: '社会工作师', count: 0 }], '人数至少为 1'],
    ['a fractional count', [{ level: '社会工作师', count: 1.5 }], '人数须为整数'],
    ['an unknown level', [{ level: '督导', count: 1 }], '请选择职业水平等级']
  ])('refuses %s', (_, input, message) => {
    const result = staffingRequirementSchema.safeParse(input)
    expect(result.error?.issues[0]?.message).toBe(message)
  })
})

describe('staffingSummary', () => {
  it('lists the levels from the highest down', () => {
    expect(staffingSummary(requirement)).toBe('社会工作师及以上 2 名，助理社会工作师及以上 3 名')
  })

  it('words the top level and the uncertified places', () => {
    expect(
      staffingSummary([
        { level: '未持证', count: 2 },
        { level: '高级社会工作师', count: 1 }
      ])
    ).toBe('高级社会工作师 1 名，工作人员（不限持证） 2 名')
    expect(staffingSummary([])).toBe('无要求')
  })
})

describe('staffingIssues', () => {
  const team = [
    worker('王芳', '社会工作师'),
    worker('李静', '助理社会工作师'),
    worker('张伟', '高级社会工作师'),
    worker('陈晨', '助理社会工作师'),
    worker('刘洋', '助理社会工作师')
  ]

  it('accepts a team that fills every place', () => {
    expect(staffingIssues(requirement, team, today)).toEqual([])
  })

  it('has nothing to say about an empty requirement', () => {
    expect(staffingIssues([], [], today)).toEqual([])
  })

  it('lets a higher level fill a lower place', () => {
    const senior = [worker('赵敏', '高级社会工作师'), worker('孙丽', '社会工作师')]
    expect(staffingIssues([{ level: '助理社会工作师', count: 2 }], senior, today)).toEqual([])
  })

  it('counts each worker once', () => {
    const two = [worker('赵敏', '社会工作师'), worker('孙丽', '社会工作师')]
    expect(staffingIssues(requirement, two, today)).toEqual([
      error('人员配备不足：助理社会工作师及以上须 3 名，还差 3 名')
    ])
  })

  it('names the level short and by how many', () => {
    const short = team.filter((member) => member.name !== '王芳' && member.name !== '李静')
    expect(staffingIssues(requirement, short, today)).toEqual([
      error('人员配备不足：社会工作师及以上须 2 名，还差 1 名'),
      error('人员配备不足：助理社会工作师及以上须 3 名，还差 1 名')
    ])
  })

  it('does not count an uncertified worker towards a certified place', () => {
    const uncertified = [worker('周杰', '未持证')]
    expect(staffingIssues([{ level: '助理社会工作师', count: 1 }], uncertified, today)).toEqual([
      error('人员配备不足：助理社会工作师及以上须 1 名，还差 1 名')
    ])
    expect(staffingIssues([{ level: '未持证', count: 1 }], uncertified, today)).toEqual([])
  })

  it('refuses an archived worker and does not count them', () => {
    const archived = team.map((member, index) =>
      index === 0 ? { ...member, archivedAt: '2026-10-01T02:00:00.000Z' } : member
    )
    expect(staffingIssues(requirement, archived, today)).toEqual([
      error('王芳已归档，不能安排到项目团队'),
      error('人员配备不足：社会工作师及以上须 2 名，还差 1 名')
    ])
  })

  it('warns about a lapsed registration but still counts the worker', () => {
    const lapsed = team.map((member, index) =>
      index === 0 ? { ...member, registrationValidUntil: '2026-11-21' } : member
    )
    expect(staffingIssues(requirement, lapsed, today)).toEqual([
      warning('王芳的社工登记有效期至 2026-11-21，已过期')
    ])
    const lastDay = team.map((member, index) =>
      index === 0 ? { ...member, registrationValidUntil: today } : member
    )
    expect(staffingIssues(requirement, lastDay, today)).toEqual([])
  })

  it('counts a worker listed twice once', () => {
    const one = worker('赵敏', '社会工作师')
    expect(staffingIssues([{ level: '社会工作师', count: 2 }], [one, one], today)).toEqual([
      error('人员配备不足：社会工作师及以上须 2 名，还差 1 名')
    ])
  })

  it('finds a shortfall exactly when no assignment of workers to places exists', () => {
    const rank = (level: CertLevel) =>
      ['未持证', '助理社会工作师', '社会工作师', '高级社会工作师'].indexOf(level)
    const level = fc.constantFrom(...CERT_LEVELS)
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ level, count: fc.integer({ min: 1, max: 4 }) }), {
          selector: (row) => row.level,
          maxLength: 4
        }),
        fc.array(level, { maxLength: 10 }),
        (rows, levels) => {
          const members = levels.map((certLevel, index) => worker(`社工${index}`, certLevel))
          // Places of level L or above can only be filled by workers of level L or above, and the
          // sets are nested, so an assignment exists iff that holds for every level (Hall).
          const feasible = CERT_LEVELS.every(
            (floor) =>
              members.filter((member) => rank(member.certLevel) >= rank(floor)).length >=
              rows
                .filter((row) => rank(row.level) >= rank(floor))
                .reduce((sum, row) => sum + row.count, 0)
          )
          expect(staffingIssues(rows, members, today).length === 0).toBe(feasible)
        }
      )
    )
  })
})
