import { describe, expect, it } from 'vitest'
import type { Project } from '@shared/domain/projects/project'
import { targetVerdict } from '@shared/domain/performance/target-verdict'

const running: Pick<Project, 'status' | 'endOn'> = { status: '执行中', endOn: '2027-02-28' }

describe('targetVerdict', () => {
  it('reads a target met as 达成, whenever it is asked', () => {
    expect(targetVerdict(true, running, '2026-05-15')).toBe('达成')
    expect(targetVerdict(true, { status: '已结项', endOn: '2027-02-28' }, '2027-03-10')).toBe(
      '达成'
    )
  })

  it.each([
    ['while the service period runs', running, '2026-05-15'],
    ['on its last day', running, '2027-02-28'],
    ['before the agreement settles the period', { status: '待签约', endOn: null }, '2026-05-15']
  ] as const)('reads a target not met yet as 进行中 %s', (_case, project, today) => {
    expect(targetVerdict(false, project, today)).toBe('进行中')
  })

  it.each([
    ['once the period is over, even before 结项', running, '2027-03-01'],
    ['on a closed project', { status: '已结项', endOn: '2027-02-28' }, '2027-02-20'],
    [
      'on a project terminated before its end',
      { status: '已终止', endOn: '2027-02-28' },
      '2026-05-15'
    ]
  ] as const)('reads a target not met as 未达成 %s', (_case, project, today) => {
    expect(targetVerdict(false, project, today)).toBe('未达成')
  })

  it('says nothing while there is no target or no actual to judge', () => {
    expect(targetVerdict(null, running, '2027-03-01')).toBeNull()
  })
})
