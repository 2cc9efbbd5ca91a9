import { describe, expect, it } from 'vitest'
import { checkActivity } from '@shared/domain/activities/activity'
import { activityImport } from '@shared/import/specs/activities'
import {
  activity,
  community,
  dryRunSheet,
  errorsOf,
  project,
  socialWorker,
  TODAY,
  warningsOf
} from '../fixtures'

const stored = {
  communities: [
    community({ id: 'c1', name: '军门社区' }),
    community({ id: 'c2', name: '南街社区' })
  ],
  socialWorkers: [
    socialWorker({ id: 'w1', name: '李娜', certLevel: '社会工作师', certNo: 'SW-1' }),
    socialWorker({ id: 'w2', name: '王芳', certLevel: '社会工作师', certNo: 'SW-2' }),
    socialWorker({ id: 'w3', name: '王芳', certLevel: '社会工作师', certNo: 'SW-3' })
  ],
  project: project({ communityIds: ['c1'], socialWorkerIds: ['w1'] })
}

const HEADER = [
  '活动日期',
  '活动名称',
  '社区',
  '服务人次',
  '志愿者人次',
  '志愿服务时长（小时）',
  '参与社工'
]

describe('a 服务记录 row', () => {
  it('becomes the form’s draft in the import’s project, names found in the registries', () => {
    const result = dryRunSheet(
      activityImport,
      HEADER,
      [['2026年3月5日', '长者生日会', '军门社区', 45, 6, '18', '李娜、王芳（SW-2）']],
      stored
    )
    expect(result.rows[0]!.draft).toEqual({
      projectId: 'p1',
      date: '2026-03-05',
      communityId: 'c1',
      title: '长者生日会',
      participants: 45,
      volunteers: 6,
      volunteerHours: 18,
      socialWorkerIds: ['w1', 'w2'],
      note: null
    })
    expect(warningsOf(result.rows[0]!)).toEqual(['“参与社工”：王芳不在项目的服务团队中'])
    expect(checkActivity(result.rows[0]!.draft, TODAY, stored.project).ok).toBe(true)
  })

  it('refuses what the form refuses, and warns outside the project’s period and communities', () => {
    const result = dryRunSheet(
      activityImport,
      HEADER,
      [
        ['2026-02-01', '筹备会', '南街社区', 10],
        ['2026-03-06', '讲座', null, 30, 0, 4],
        ['2026-03-07', '义诊', null, null, null, '1.3', '王芳'],
        ['2027-01-01', '跨年晚会', null, 200]
      ],
      stored
    )
    expect(warningsOf(result.rows[0]!)).toEqual([
      '“活动日期”：活动日期 2026-02-01 早于项目服务期开始日 2026-03-01',
      '“社区”：南街社区不在项目的服务社区内'
    ])
    expect(errorsOf(result.rows[1]!)).toEqual([
      '“志愿者人次”：记录了志愿服务时长 4 小时，请填写志愿者人次'
    ])
    expect(errorsOf(result.rows[2]!)).toEqual([
      '“服务人次”：服务人次须为数字',
      '“志愿服务时长（小时）”：志愿服务时长以半小时为单位',
      '“参与社工”：有 2 名叫“王芳”的社工，请写成“王芳（证书编号）”'
    ])
    expect(errorsOf(result.rows[3]!)).toEqual(['“活动日期”：活动日期 2027-01-01 晚于今天'])
  })

  it('refuses every row of a project that no longer takes records', () => {
    const result = dryRunSheet(activityImport, HEADER, [['2026-03-05', '长者生日会', null, 40]], {
      ...stored,
      project: project({ status: '已结项' })
    })
    expect(errorsOf(result.rows[0]!)).toEqual([expect.stringMatching(/项目已结项/)])
  })

  it('is the project’s stored record of the same date, name and community', () => {
    const result = dryRunSheet(
      activityImport,
      HEADER,
      [
        ['2026-03-05', '长者生日会', '军门社区', 52],
        ['2026-03-05', '长者生日会', null, 52]
      ],
      { ...stored, activities: [activity({ id: 'a1' })] }
    )
    expect(result.rows.map((row) => [row.status, row.match?.id ?? null])).toEqual([
      ['existing', 'a1'],
      ['new', null]
    ])
    expect(result.rows[0]!.patch).toEqual({ participants: 52 })
  })
})
