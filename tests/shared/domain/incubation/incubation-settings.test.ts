import { describe, expect, it } from 'vitest'
import { checkRecord } from '@shared/domain/check'
import {
  DEFAULT_INCUBATION_SETTINGS,
  DEFAULT_SCORECARD,
  incubationSettingsSchema,
  parseStoredIncubationSettings
} from '@shared/domain/incubation/incubation-settings'
import { SCORECARD_WEIGHT_TOTAL } from '@shared/domain/evaluations/scorecard'

const check = (input: unknown) =>
  checkRecord(incubationSettingsSchema, input, (value) => ({ value, issues: [] }))

const defaults = () => structuredClone(DEFAULT_INCUBATION_SETTINGS)

describe('default incubation settings', () => {
  it('follow local practice: 5 working days to review, 15 to hand back, one year, one 续驻', () => {
    expect(DEFAULT_INCUBATION_SETTINGS).toEqual({
      baseName: '',
      reviewWorkingDays: 5,
      handoverWorkingDays: 15,
      termMonths: 12,
      maxExtensions: 1,
      endingSoonDays: 30,
      scorecard: [...DEFAULT_SCORECARD]
    })
  })

  it('start with five equally weighted dimensions totalling 100', () => {
    expect(DEFAULT_SCORECARD.map((dimension) => dimension.name)).toEqual([
      '内部治理',
      '财务管理',
      '项目运作',
      '人才队伍',
      '社会影响'
    ])
    expect(DEFAULT_SCORECARD.reduce((sum, dimension) => sum + dimension.weight, 0)).toBe(
      SCORECARD_WEIGHT_TOTAL
    )
  })

  it('pass their own rules', () => {
    expect(check(defaults())).toEqual({ ok: true, value: defaults(), warnings: [] })
  })
})

describe('incubation settings rules', () => {
  it('trims the base name', () => {
    const result = check({ ...defaults(), baseName: ' 温江区社会组织孵化园 ' })
    expect(result).toMatchObject({ ok: true, value: { baseName: '温江区社会组织孵化园' } })
  })

  it.each([
    ['reviewWorkingDays', 1],
    ['reviewWorkingDays', 60],
    ['handoverWorkingDays', 90],
    ['termMonths', 60],
    ['maxExtensions', 0],
    ['maxExtensions', 5],
    ['endingSoonDays', 180]
  ])('accepts %s = %i at the edge of its range', (field, value) => {
    expect(check({ ...defaults(), [field]: value }).ok).toBe(true)
  })

  it.each([
    ['baseName', '孵'.repeat(61), '孵化基地名称不能超过 60 个字'],
    ['baseName', 12, '孵化基地名称须为文字'],
    ['reviewWorkingDays', 0, '初核期限至少为 1'],
    ['reviewWorkingDays', 61, '初核期限最多为 60'],
    ['reviewWorkingDays', 2.5, '初核期限须为整数'],
    ['reviewWorkingDays', '5', '初核期限须为数字'],
    ['handoverWorkingDays', 0, '场地交还期限至少为 1'],
    ['handoverWorkingDays', 91, '场地交还期限最多为 90'],
    ['termMonths', 0, '孵化期至少为 1'],
    ['termMonths', 61, '孵化期最多为 60'],
    ['maxExtensions', -1, '可续驻次数至少为 0'],
    ['maxExtensions', 6, '可续驻次数最多为 5'],
    ['endingSoonDays', 0, '到期提醒天数至少为 1'],
    ['endingSoonDays', 181, '到期提醒天数最多为 180'],
    ['endingSoonDays', null, '到期提醒天数须为数字']
  ])('refuses %s = %j, in Chinese', (field, value, message) => {
    expect(check({ ...defaults(), [field]: value })).toEqual({
      ok: false,
      issues: [{ field, level: 'error', message }]
    })
  })

  it('refuses a scorecard whose weights do not total 100', () => {
    const scorecard = defaults().scorecard.map((dimension, index) =>
      index === 0 ? { ...dimension, weight: 25 } : dimension
    )
    expect(check({ ...defaults(), scorecard })).toEqual({
      ok: false,
      issues: [{ field: 'scorecard', level: 'error', message: '各维度权重合计须为 100，现为 105' }]
    })
  })

  it('refuses unknown fields', () => {
    expect(check({ ...defaults(), autoGraduate: true })).toEqual({
      ok: false,
      issues: [{ field: '', level: 'error', message: '不认识的字段：autoGraduate' }]
    })
  })
})

describe('parseStoredIncubationSettings', () => {
  it.each([undefined, null, 'garbage', 42, []])('gives the defaults for %j', (stored) => {
    expect(parseStoredIncubationSettings(stored)).toEqual(DEFAULT_INCUBATION_SETTINGS)
  })

  it('keeps every valid stored field', () => {
    const stored = {
      baseName: '武侯区黉门街社区孵化基地',
      reviewWorkingDays: 10,
      handoverWorkingDays: 20,
      termMonths: 24,
      maxExtensions: 0,
      endingSoonDays: 60,
      scorecard: [
        { key: 'governance', name: '内部治理', weight: 60 },
        { key: 'impact', name: '社会影响', weight: 40 }
      ]
    }
    expect(parseStoredIncubationSettings(stored)).toEqual(stored)
  })

  it('falls back field by field, keeping what is still valid', () => {
    expect(
      parseStoredIncubationSettings({
        baseName: ' 温江区社会组织孵化园 ',
        reviewWorkingDays: 0,
        handoverWorkingDays: '15',
        termMonths: 6,
        maxExtensions: 2,
        scorecard: [{ key: 'only', name: '唯一维度', weight: 50 }],
        retired: true
      })
    ).toEqual({
      ...DEFAULT_INCUBATION_SETTINGS,
      baseName: '温江区社会组织孵化园',
      termMonths: 6,
      maxExtensions: 2
    })
  })

  it('hands out a copy of the default scorecard, so editing it cannot change the defaults', () => {
    const settings = parseStoredIncubationSettings(undefined)
    settings.scorecard[0]!.weight = 99
    settings.scorecard.push({ key: 'extra', name: '额外', weight: 1 })
    expect(DEFAULT_INCUBATION_SETTINGS.scorecard).toEqual(DEFAULT_SCORECARD)
    expect(parseStoredIncubationSettings(undefined).scorecard).toEqual(DEFAULT_SCORECARD)
  })
})
