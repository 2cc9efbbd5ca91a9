import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  coverageGaps,
  coverageMatrix,
  layoutGraph,
  linkageGraph,
  GRAPH_LAYOUT,
  type CoverageData,
  type LinkageData,
  type LinkageGraph
} from '@shared/domain/linkage/coverage'
import { NEED_STATUSES } from '@shared/domain/linkage/need'
import { PROJECT_STATUSES } from '@shared/domain/projects/project'
import { pinyinKeys } from '@shared/text/pinyin'

const archived = '2026-05-01T02:00:00.000Z'

function community(
  id: string,
  name: string,
  subdistrict = '东街街道',
  archivedAt: string | null = null
) {
  return { id, name, ...pinyinKeys(name), district: '鼓楼区', subdistrict, archivedAt }
}

const org = (id: string, communityIds: string[], patch = {}) => ({
  id,
  archivedAt: null,
  registrationStatus: '已登记' as const,
  communityIds,
  ...patch
})

const need = (
  id: string,
  communityId: string,
  raisedBy: number,
  patch: Partial<CoverageData['needs'][number]> = {}
) => ({
  id,
  name: `需求${id}`,
  archivedAt: null,
  mergedIntoId: null,
  communityId,
  status: '待对接' as const,
  raisedBy,
  ...patch
})

/**
 * 东门 (c1) is well served: two organisations, a social worker, a running and an awarded
 * project. 南门 (c2) has one organisation, no worker, only an ended project and 30 residents'
 * open needs. c3 is archived; organisations, workers and projects that do not count are mixed in.
 */
const data: CoverageData = {
  communities: [
    community('c3', '旧城社区', '东街街道', archived),
    community('c2', '南门社区'),
    community('c0', '北门社区', '西街街道'),
    community('c1', '东门社区')
  ],
  organizations: [
    org('o1', ['c1', 'c2']),
    org('o2', ['c1', 'c1']),
    org('o3', ['c2'], { archivedAt: archived }),
    org('o4', ['c2'], { registrationStatus: '注销' }),
    org('o5', ['c3', 'elsewhere']),
    org('o6', ['c0'])
  ],
  socialWorkers: [
    { id: 'w1', archivedAt: null, communityIds: ['c1', 'c0'] },
    { id: 'w2', archivedAt: archived, communityIds: ['c2'] }
  ],
  projects: [
    { id: 'p1', archivedAt: null, status: '执行中', communityIds: ['c1'] },
    { id: 'p2', archivedAt: null, status: '待签约', communityIds: ['c1', 'c0'] },
    { id: 'p3', archivedAt: null, status: '已结项', communityIds: ['c2'] },
    { id: 'p4', archivedAt: archived, status: '执行中', communityIds: ['c2'] },
    { id: 'p5', archivedAt: null, status: '已终止', communityIds: ['c2'] }
  ],
  needs: [
    need('n1', 'c1', 30),
    need('n2', 'c1', 50, { status: '已解决' }),
    need('n3', 'c2', 25),
    need('n4', 'c2', 5, { status: '服务中' }),
    need('n5', 'c2', 40, { archivedAt: archived, mergedIntoId: 'n3' }),
    need('n6', 'c3', 100),
    need('n7', 'c0', 22, { status: '已对接' })
  ]
}

describe('coverageMatrix', () => {
  const matrix = coverageMatrix(data)

  it('counts per community who serves it, what runs there and what is still asked', () => {
    expect(matrix.rows).toEqual([
      {
        communityId: 'c1',
        name: '东门社区',
        district: '鼓楼区',
        subdistrict: '东街街道',
        organizationIds: ['o1', 'o2'],
        socialWorkerIds: ['w1'],
        projectIds: ['p1', 'p2'],
        openNeedIds: ['n1'],
        openDemand: 30
      },
      {
        communityId: 'c2',
        name: '南门社区',
        district: '鼓楼区',
        subdistrict: '东街街道',
        organizationIds: ['o1'],
        socialWorkerIds: [],
        projectIds: [],
        openNeedIds: ['n3', 'n4'],
        openDemand: 30
      },
      {
        communityId: 'c0',
        name: '北门社区',
        district: '鼓楼区',
        subdistrict: '西街街道',
        organizationIds: ['o6'],
        socialWorkerIds: ['w1'],
        projectIds: ['p2'],
        openNeedIds: ['n7'],
        openDemand: 22
      }
    ])
  })

  it('totals each organisation, worker and project once', () => {
    expect(matrix.totals).toEqual({
      communities: 3,
      organizations: 3,
      socialWorkers: 1,
      projects: 2,
      openNeeds: 4,
      openDemand: 82
    })
  })

  it('adds up its columns for needs, and never counts more records than there are', () => {
    const arbitraryData = fc
      .record({
        communities: fc.integer({ min: 1, max: 6 }),
        links: fc.array(fc.subarray(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']), { maxLength: 20 }),
        projects: fc.array(
          fc.record({
            status: fc.constantFrom(...PROJECT_STATUSES),
            communityIds: fc.subarray(['c0', 'c1', 'c2', 'c3'])
          }),
          { maxLength: 10 }
        ),
        needs: fc.array(
          fc.record({
            communityId: fc.constantFrom('c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
            status: fc.constantFrom(...NEED_STATUSES),
            raisedBy: fc.integer({ min: 1, max: 500 })
          }),
          { maxLength: 20 }
        )
      })
      .map((shape): CoverageData => ({
        communities: Array.from({ length: shape.communities }, (_, index) =>
          community(`c${index}`, `社区${index}`)
        ),
        organizations: shape.links.map((ids, index) => org(`o${index}`, ids)),
        socialWorkers: shape.links.map((ids, index) => ({
          id: `w${index}`,
          archivedAt: null,
          communityIds: ids
        })),
        projects: shape.projects.map((project, index) => ({
          id: `p${index}`,
          archivedAt: null,
          ...project
        })),
        needs: shape.needs.map((row, index) =>
          need(`n${index}`, row.communityId, row.raisedBy, row)
        )
      }))
    fc.assert(
      fc.property(arbitraryData, (input) => {
        const { rows, totals } = coverageMatrix(input)
        const live = new Set(input.communities.map((row) => row.id))
        const open = input.needs.filter(
          (row) => live.has(row.communityId) && row.status !== '已解决'
        )
        expect(totals.openNeeds).toBe(open.length)
        expect(totals.openDemand).toBe(open.reduce((sum, row) => sum + row.raisedBy, 0))
        expect(rows.reduce((sum, row) => sum + row.openDemand, 0)).toBe(totals.openDemand)
        expect(totals.organizations).toBeLessThanOrEqual(input.organizations.length)
        for (const row of rows) {
          expect(new Set(row.organizationIds).size).toBe(row.organizationIds.length)
          expect(row.organizationIds.length).toBeLessThanOrEqual(totals.organizations)
        }
      })
    )
  })
})

describe('coverageGaps', () => {
  it('finds loud needs without a project, and communities a leg does not reach', () => {
    expect(coverageGaps(data)).toEqual({
      unmetDemand: [
        {
          communityId: 'c2',
          name: '南门社区',
          needs: [{ id: 'n3', name: '需求n3', raisedBy: 25 }],
          demand: 25
        }
      ],
      unreached: [
        { communityId: 'c2', name: '南门社区', noOrganization: false, noSocialWorker: true }
      ]
    })
  })

  it('takes the threshold as given: a need at it counts, one below does not', () => {
    expect(coverageGaps(data, 25).unmetDemand).toHaveLength(1)
    expect(coverageGaps(data, 26).unmetDemand).toEqual([])
  })

  it('puts the most demand first and adds a community’s loud needs together', () => {
    const loud: CoverageData = {
      ...data,
      projects: [],
      needs: [need('a', 'c1', 20), need('b', 'c1', 21), need('c', 'c2', 40), need('d', 'c1', 3)]
    }
    expect(coverageGaps(loud).unmetDemand).toEqual([
      {
        communityId: 'c1',
        name: '东门社区',
        needs: [
          { id: 'b', name: '需求b', raisedBy: 21 },
          { id: 'a', name: '需求a', raisedBy: 20 }
        ],
        demand: 41
      },
      {
        communityId: 'c2',
        name: '南门社区',
        needs: [{ id: 'c', name: '需求c', raisedBy: 40 }],
        demand: 40
      }
    ])
  })
})

describe('linkageGraph', () => {
  const linkage: LinkageData = {
    communities: [
      { id: 'c1', name: '东门社区', district: '鼓楼区', subdistrict: '东街街道' },
      { id: 'c2', name: '南门社区', district: '鼓楼区', subdistrict: '东街街道' }
    ],
    organizations: [
      {
        id: 'o1',
        name: '颐康长者服务中心',
        archivedAt: null,
        registrationStatus: '已登记',
        category: '为老服务',
        communityIds: ['c1'],
        rating: { grade: '4A', score: 850, ratedOn: '2024-01-01' }
      },
      {
        id: 'o2',
        name: '仁爱社工事务所',
        archivedAt: null,
        registrationStatus: '已登记',
        category: '社会工作',
        communityIds: ['c2'],
        rating: null
      },
      {
        id: 'o3',
        name: '鼓楼区慈善总会',
        archivedAt: null,
        registrationStatus: '已登记',
        category: '公益慈善',
        communityIds: [],
        rating: null
      },
      {
        id: 'o4',
        name: '已归档协会',
        archivedAt: archived,
        registrationStatus: '已登记',
        category: '为老服务',
        communityIds: ['c1'],
        rating: null
      },
      {
        id: 'o5',
        name: '已注销协会',
        archivedAt: null,
        registrationStatus: '注销',
        category: '为老服务',
        communityIds: ['c1'],
        rating: null
      }
    ],
    socialWorkers: [
      {
        id: 'w1',
        name: '王晓燕',
        archivedAt: null,
        certLevel: '社会工作师',
        communityIds: ['c1'],
        employerId: 'o1'
      },
      {
        id: 'w2',
        name: '陈立',
        archivedAt: null,
        certLevel: '助理社会工作师',
        communityIds: ['c2'],
        employerId: 'o2'
      },
      {
        id: 'w3',
        name: '林芳',
        archivedAt: null,
        certLevel: '未持证',
        communityIds: ['c2'],
        employerId: null
      }
    ],
    projects: [
      {
        id: 'p1',
        title: '长者助餐',
        archivedAt: null,
        channel: '政府购买服务',
        status: '执行中',
        communityIds: ['c1'],
        organizationId: 'o2',
        socialWorkerIds: ['w1', 'w2']
      },
      {
        id: 'p2',
        title: '南门读书会',
        archivedAt: null,
        channel: '公益创投',
        status: '已结项',
        communityIds: ['c2'],
        organizationId: 'o2',
        socialWorkerIds: ['w3']
      },
      {
        id: 'p3',
        title: '归档项目',
        archivedAt: archived,
        channel: '公益创投',
        status: '执行中',
        communityIds: ['c1'],
        organizationId: 'o1',
        socialWorkerIds: []
      }
    ],
    needs: [
      {
        id: 'n1',
        name: '老人吃饭难',
        archivedAt: null,
        communityId: 'c1',
        category: '为老服务',
        status: '服务中',
        raisedBy: 35,
        projectIds: ['p1']
      },
      {
        id: 'n2',
        name: '重复的吃饭难',
        archivedAt: archived,
        communityId: 'c1',
        category: '为老服务',
        status: '待对接',
        raisedBy: 4,
        projectIds: []
      },
      {
        id: 'n3',
        name: '南门需求',
        archivedAt: null,
        communityId: 'c2',
        category: '文体教育',
        status: '待对接',
        raisedBy: 8,
        projectIds: ['p2']
      }
    ],
    resources: [
      {
        id: 'r1',
        name: '敬老助餐基金',
        archivedAt: null,
        type: '资金',
        providerName: '鼓楼区慈善总会',
        organizationId: 'o3',
        communityIds: ['c1', 'c2']
      },
      {
        id: 'r2',
        name: '全街道场地',
        archivedAt: null,
        type: '场地',
        providerName: '第一中学',
        organizationId: null,
        communityIds: []
      }
    ]
  }

  const graph = linkageGraph('c1', linkage)

  it('draws the community, who serves it, what runs there, what it asked and what it is offered', () => {
    expect(graph.nodes).toEqual(
      expect.arrayContaining([
        {
          id: 'community:c1',
          kind: 'community',
          recordId: 'c1',
          label: '东门社区',
          detail: '东街街道'
        },
        {
          id: 'organization:o1',
          kind: 'organization',
          recordId: 'o1',
          label: '颐康长者服务中心',
          detail: '为老服务 · 4A'
        },
        {
          id: 'project:p1',
          kind: 'project',
          recordId: 'p1',
          label: '长者助餐',
          detail: '政府购买服务 · 执行中'
        },
        {
          id: 'need:n1',
          kind: 'need',
          recordId: 'n1',
          label: '老人吃饭难',
          detail: '为老服务 · 35 人提出 · 服务中'
        },
        {
          id: 'resource:r1',
          kind: 'resource',
          recordId: 'r1',
          label: '敬老助餐基金',
          detail: '资金 · 鼓楼区慈善总会'
        }
      ])
    )
    expect(graph.nodes.map((node) => node.id).sort()).toEqual([
      'community:c1',
      'need:n1',
      'organization:o1',
      'organization:o2',
      'organization:o3',
      'project:p1',
      'resource:r1',
      'socialWorker:w1',
      'socialWorker:w2'
    ])
  })

  it('links them with labelled edges', () => {
    const edges = graph.edges.map(({ from, to, label }) => `${from} ${label} ${to}`).sort()
    expect(edges).toEqual([
      'community:c1 提出 need:n1',
      'organization:o1 服务 community:c1',
      'organization:o1 聘用 socialWorker:w1',
      'organization:o2 承接 project:p1',
      'organization:o2 聘用 socialWorker:w2',
      'organization:o3 提供 resource:r1',
      'project:p1 回应 need:n1',
      'resource:r1 提供 community:c1',
      'socialWorker:w1 服务 community:c1',
      'socialWorker:w1 服务 project:p1',
      'socialWorker:w2 服务 project:p1'
    ])
  })

  it('only links nodes it drew', () => {
    const ids = new Set(graph.nodes.map((node) => node.id))
    for (const edge of graph.edges) {
      expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true)
    }
  })

  it('draws a project answering a need of the community even where it is not listed', () => {
    const elsewhere = {
      ...linkage,
      needs: linkage.needs.map((row) => (row.id === 'n3' ? { ...row, projectIds: ['p1'] } : row))
    }
    const south = linkageGraph('c2', elsewhere)
    expect(south.edges).toContainEqual({ from: 'project:p1', to: 'need:n3', label: '回应' })
  })

  it('is empty for an unknown community', () => {
    expect(linkageGraph('nowhere', linkage)).toEqual({ nodes: [], edges: [] })
  })

  describe('layoutGraph', () => {
    const layout = layoutGraph(graph)
    const { columnWidth, rowHeight, margin } = GRAPH_LAYOUT
    const at = (id: string) => layout.nodes.find((node) => node.id === id)!

    it('puts one column per kind, in chain order, rows by label', () => {
      expect(layout.columns.map((column) => column.label)).toEqual([
        '社区',
        '社会组织',
        '社会工作者',
        '项目',
        '需求',
        '资源'
      ])
      const organizations = layout.nodes.filter((node) => node.kind === 'organization')
      expect(organizations.map((node) => node.label)).toEqual([
        '鼓楼区慈善总会',
        '仁爱社工事务所',
        '颐康长者服务中心'
      ])
      expect(organizations.map((node) => node.x)).toEqual(
        [1, 1, 1].map(() => margin + 1.5 * columnWidth)
      )
      expect(organizations.map((node) => node.y)).toEqual(
        [0.5, 1.5, 2.5].map((row) => margin + row * rowHeight)
      )
    })

    it('centres a shorter column on the tallest and sizes the drawing to fit', () => {
      expect(at('community:c1')).toMatchObject({
        x: margin + columnWidth / 2,
        y: margin + 1.5 * rowHeight
      })
      expect(layout.width).toBe(2 * margin + 6 * columnWidth)
      expect(layout.height).toBe(2 * margin + 3 * rowHeight)
    })

    it('leaves out empty kinds', () => {
      const lone: LinkageGraph = { nodes: [graph.nodes[0]!], edges: [] }
      expect(layoutGraph(lone).columns).toEqual([
        { kind: 'community', label: '社区', x: margin + columnWidth / 2 }
      ])
    })

    it('draws the same picture whatever order the nodes come in', () => {
      fc.assert(
        fc.property(
          fc.shuffledSubarray(graph.nodes, { minLength: graph.nodes.length }),
          (nodes) => {
            expect(layoutGraph({ nodes, edges: graph.edges })).toEqual(layout)
          }
        )
      )
    })
  })
})
