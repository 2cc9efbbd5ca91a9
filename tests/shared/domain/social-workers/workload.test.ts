import { describe, expect, it } from 'vitest'
import type { ProjectStatus } from '@shared/domain/projects/project'
import { workloadByOrganization, workloadByWorker } from '@shared/domain/social-workers/workload'

const project = (
  status: ProjectStatus,
  organizationId: string,
  socialWorkerIds: string[],
  archivedAt: string | null = null
) => ({ status, organizationId, socialWorkerIds, archivedAt })

const projects = [
  project('执行中', 'o1', ['w1', 'w2']),
  project('执行中', 'o1', ['w1', 'w1']),
  project('待签约', 'o2', ['w3']),
  project('已结项', 'o2', ['w3']),
  project('已终止', 'o2', ['w3']),
  project('执行中', 'o3', ['w3'], '2026-05-01T02:00:00.000Z')
]

describe('workloadByWorker', () => {
  it('counts each worker’s 执行中 projects once each, leaving out the rest', () => {
    expect(workloadByWorker(projects)).toEqual(
      new Map([
        ['w1', 2],
        ['w2', 1]
      ])
    )
  })
})

describe('workloadByOrganization', () => {
  it('counts the 执行中 projects each organisation delivers', () => {
    expect(workloadByOrganization(projects)).toEqual(new Map([['o1', 2]]))
  })
})
