/**
 * 覆盖情况 (issue #7 §6): which communities the three legs of 三社联动 reach (domain-cn.md §8) —
 * organisations and social workers serving each community, projects delivered there and the
 * needs still open — where the gaps are, and one community's links drawn as a graph.
 *
 * Built for a city register (15 000 organisations, 1 000 communities): every function walks each
 * list once and indexes by id or community, never crossing one list with another.
 */
import type { Community } from '../communities/community'
import type { Organization } from '../organizations/organization'
import type { Project, ProjectStatus } from '../projects/project'
import type { SocialWorker } from '../social-workers/social-worker'
import { compareZh } from '../../text/collator'
import { HIGH_DEMAND_MIN_RAISED_BY, isOpenNeed, type Need } from './need'
import type { Resource } from './resource'

/**
 * Projects that cover a community: awarded and not ended. A 待签约 project counts — the work
 * is given to someone — unlike a worker's workload, which counts only 执行中 (workload.ts).
 */
export const COVERING_PROJECT_STATUSES: readonly ProjectStatus[] = ['待签约', '执行中']

type CoveredCommunity = Pick<
  Community,
  'id' | 'name' | 'pinyin' | 'district' | 'subdistrict' | 'archivedAt'
>
type CoveringOrganization = Pick<
  Organization,
  'id' | 'archivedAt' | 'registrationStatus' | 'communityIds'
>
type CoveringWorker = Pick<SocialWorker, 'id' | 'archivedAt' | 'communityIds'>
type CoveringProject = Pick<Project, 'id' | 'archivedAt' | 'status' | 'communityIds'>
type CountedNeed = Pick<
  Need,
  'id' | 'name' | 'archivedAt' | 'mergedIntoId' | 'communityId' | 'status' | 'raisedBy'
>

export interface CoverageData {
  communities: readonly CoveredCommunity[]
  organizations: readonly CoveringOrganization[]
  socialWorkers: readonly CoveringWorker[]
  projects: readonly CoveringProject[]
  needs: readonly CountedNeed[]
}

/** An organisation that can still serve: in use and not 注销. */
function isServing(organization: CoveringOrganization): boolean {
  return organization.archivedAt === null && organization.registrationStatus !== '注销'
}

function isCovering(project: CoveringProject): boolean {
  return project.archivedAt === null && COVERING_PROJECT_STATUSES.includes(project.status)
}

/** One community's figures; the id lists let the screen open what a count stands for. */
export interface CoverageRow {
  communityId: string
  name: string
  district: string
  subdistrict: string
  organizationIds: string[]
  socialWorkerIds: string[]
  projectIds: string[]
  openNeedIds: string[]
  /** Residents behind the open needs: the sum of their `raisedBy`. */
  openDemand: number
}

/**
 * Totals over all rows. Organisations, social workers and projects are counted once however
 * many communities they reach, so a total is not the sum of its column.
 */
export interface CoverageTotals {
  communities: number
  organizations: number
  socialWorkers: number
  projects: number
  openNeeds: number
  openDemand: number
}

export interface CoverageMatrix {
  rows: CoverageRow[]
  totals: CoverageTotals
}

/** Adds `id` to the row of each community in `communityIds` that has one (each once). */
function spread(
  rows: ReadonlyMap<string, CoverageRow>,
  communityIds: readonly string[],
  add: (row: CoverageRow) => void
): void {
  for (const communityId of new Set(communityIds)) {
    const row = rows.get(communityId)
    if (row) add(row)
  }
}

/** Rows keyed by community, in display order, with the open needs grouped per community. */
function tally(data: CoverageData): {
  rows: Map<string, CoverageRow>
  openNeeds: Map<string, CountedNeed[]>
} {
  const rows = new Map<string, CoverageRow>()
  const communities = data.communities
    .filter((community) => community.archivedAt === null)
    .sort(
      (a, b) =>
        compareZh(a.district, b.district) ||
        compareZh(a.subdistrict, b.subdistrict) ||
        a.pinyin.localeCompare(b.pinyin) ||
        a.id.localeCompare(b.id)
    )
  for (const { id, name, district, subdistrict } of communities) {
    rows.set(id, {
      communityId: id,
      name,
      district,
      subdistrict,
      organizationIds: [],
      socialWorkerIds: [],
      projectIds: [],
      openNeedIds: [],
      openDemand: 0
    })
  }
  for (const organization of data.organizations) {
    if (!isServing(organization)) continue
    spread(rows, organization.communityIds, (row) => row.organizationIds.push(organization.id))
  }
  for (const worker of data.socialWorkers) {
    if (worker.archivedAt !== null) continue
    spread(rows, worker.communityIds, (row) => row.socialWorkerIds.push(worker.id))
  }
  for (const project of data.projects) {
    if (!isCovering(project)) continue
    spread(rows, project.communityIds, (row) => row.projectIds.push(project.id))
  }
  const openNeeds = new Map<string, CountedNeed[]>()
  for (const need of data.needs) {
    const row = rows.get(need.communityId)
    if (!row || !isOpenNeed(need)) continue
    row.openNeedIds.push(need.id)
    row.openDemand += need.raisedBy
    const group = openNeeds.get(need.communityId) ?? []
    group.push(need)
    openNeeds.set(need.communityId, group)
  }
  return { rows, openNeeds }
}

/**
 * The community × (organisations, social workers, projects, open needs) matrix: one row per
 * community in use, ordered by district, subdistrict and name. An organisation serves the
 * communities it lists (not archived, not 注销); a worker likewise; a project covers the
 * communities it lists while {@link COVERING_PROJECT_STATUSES}; a need is open as need.ts's
 * `isOpenNeed` says (not 已解决, archived or merged).
 */
export function coverageMatrix(data: CoverageData): CoverageMatrix {
  const rows = [...tally(data).rows.values()]
  const distinct = (ids: (row: CoverageRow) => string[]) =>
    new Set(rows.flatMap((row) => ids(row))).size
  return {
    rows,
    totals: {
      communities: rows.length,
      organizations: distinct((row) => row.organizationIds),
      socialWorkers: distinct((row) => row.socialWorkerIds),
      projects: distinct((row) => row.projectIds),
      openNeeds: rows.reduce((sum, row) => sum + row.openNeedIds.length, 0),
      openDemand: rows.reduce((sum, row) => sum + row.openDemand, 0)
    }
  }
}

/** A community with high-demand open needs and no covering project. */
export interface DemandGap {
  communityId: string
  name: string
  /** Its open needs raised by at least the threshold, most raised first. */
  needs: { id: string; name: string; raisedBy: number }[]
  /** Residents behind those needs together; the gaps are ordered by it. */
  demand: number
}

/** A community no organisation, or no social worker, serves. */
export interface ReachGap {
  communityId: string
  name: string
  noOrganization: boolean
  noSocialWorker: boolean
}

export interface CoverageGaps {
  unmetDemand: DemandGap[]
  unreached: ReachGap[]
}

/**
 * Where 三社联动 falls short: communities whose residents asked loudly (an open need raised by
 * at least `highDemandMin`) with no project covering them, most demand first — what 温江 ranked
 * before 立项 (issue #7 §3); and communities no organisation or no social worker reaches, in
 * matrix order.
 */
export function coverageGaps(
  data: CoverageData,
  highDemandMin = HIGH_DEMAND_MIN_RAISED_BY
): CoverageGaps {
  const { rows, openNeeds } = tally(data)
  const unmetDemand: DemandGap[] = []
  const unreached: ReachGap[] = []
  for (const row of rows.values()) {
    const { communityId, name } = row
    const loud = (openNeeds.get(communityId) ?? [])
      .filter((need) => need.raisedBy >= highDemandMin)
      .sort((a, b) => b.raisedBy - a.raisedBy || compareZh(a.name, b.name))
      .map(({ id, name: title, raisedBy }) => ({ id, name: title, raisedBy }))
    if (loud.length > 0 && row.projectIds.length === 0) {
      const demand = loud.reduce((sum, need) => sum + need.raisedBy, 0)
      unmetDemand.push({ communityId, name, needs: loud, demand })
    }
    const noOrganization = row.organizationIds.length === 0
    const noSocialWorker = row.socialWorkerIds.length === 0
    if (noOrganization || noSocialWorker) {
      unreached.push({ communityId, name, noOrganization, noSocialWorker })
    }
  }
  // Stable: equal demand keeps matrix order.
  unmetDemand.sort((a, b) => b.demand - a.demand)
  return { unmetDemand, unreached }
}

// The linkage graph of one community.

export const GRAPH_NODE_KINDS = [
  'community',
  'organization',
  'socialWorker',
  'project',
  'need',
  'resource'
] as const
export type GraphNodeKind = (typeof GRAPH_NODE_KINDS)[number]

/** Column headings of the drawn graph. */
export const GRAPH_NODE_KIND_LABELS: Readonly<Record<GraphNodeKind, string>> = {
  community: '社区',
  organization: '社会组织',
  socialWorker: '社会工作者',
  project: '项目',
  need: '需求',
  resource: '资源'
}

export interface GraphNode {
  /** `kind:recordId`, unique across kinds. */
  id: string
  kind: GraphNodeKind
  /** The record the node stands for, to open it. */
  recordId: string
  label: string
  detail: string
}

export interface GraphEdge {
  /** Node ids. */
  from: string
  to: string
  label: string
}

export interface LinkageGraph {
  nodes: GraphNode[]
  edges: GraphEdge[]
}

export interface LinkageData {
  communities: readonly Pick<Community, 'id' | 'name' | 'district' | 'subdistrict'>[]
  organizations: readonly Pick<
    Organization,
    'id' | 'name' | 'archivedAt' | 'registrationStatus' | 'category' | 'communityIds' | 'rating'
  >[]
  socialWorkers: readonly Pick<
    SocialWorker,
    'id' | 'name' | 'archivedAt' | 'certLevel' | 'communityIds' | 'employerId'
  >[]
  projects: readonly Pick<
    Project,
    | 'id'
    | 'title'
    | 'archivedAt'
    | 'channel'
    | 'status'
    | 'communityIds'
    | 'organizationId'
    | 'socialWorkerIds'
  >[]
  needs: readonly Pick<
    Need,
    'id' | 'name' | 'archivedAt' | 'communityId' | 'category' | 'status' | 'raisedBy' | 'projectIds'
  >[]
  resources: readonly Pick<
    Resource,
    'id' | 'name' | 'archivedAt' | 'type' | 'providerName' | 'organizationId' | 'communityIds'
  >[]
}

/**
 * Everything linked to one community: the organisations and social workers serving it, the
 * projects delivered there (any status: the history of the links, not only today's), its needs,
 * and the resources offered to it by name (a resource offered to all communities is not a link
 * of this one). Records a project, need, resource or worker points at are drawn too — the
 * project's organisation and team, a worker's employer, a resource's organisation — even when
 * they do not list the community themselves. Archived records, 注销 organisations serving by
 * list only, and merged needs are left out; an unknown community gives an empty graph.
 *
 * Edges: organisation → project 承接, social worker → project 服务, project → need 回应 (the
 * need's `projectIds`), organisation / social worker → community 服务, community → need 提出,
 * resource → community 提供, organisation → resource 提供, organisation → social worker 聘用.
 */
export function linkageGraph(communityId: string, data: LinkageData): LinkageGraph {
  const community = data.communities.find((candidate) => candidate.id === communityId)
  if (!community) return { nodes: [], edges: [] }
  const nodes = new Map<string, GraphNode>()
  const edges = new Map<string, GraphEdge>()
  const add = (kind: GraphNodeKind, recordId: string, label: string, detail: string) => {
    const id = `${kind}:${recordId}`
    if (!nodes.has(id)) nodes.set(id, { id, kind, recordId, label, detail })
    return id
  }
  const link = (from: string, to: string, label: string) => {
    edges.set(`${from}|${to}|${label}`, { from, to, label })
  }

  const organizations = new Map(data.organizations.map((org) => [org.id, org]))
  const workers = new Map(data.socialWorkers.map((worker) => [worker.id, worker]))
  const addOrganization = (id: string | null) => {
    const org = id === null ? undefined : organizations.get(id)
    if (!org || org.archivedAt !== null) return null
    const detail = org.rating ? `${org.category} · ${org.rating.grade}` : org.category
    return add('organization', org.id, org.name, detail)
  }
  const addWorker = (id: string) => {
    const worker = workers.get(id)
    if (!worker || worker.archivedAt !== null) return null
    const node = add('socialWorker', worker.id, worker.name, worker.certLevel)
    const employer = addOrganization(worker.employerId)
    if (employer) link(employer, node, '聘用')
    return node
  }

  const center = add('community', community.id, community.name, community.subdistrict)
  for (const org of data.organizations) {
    if (org.registrationStatus === '注销' || !org.communityIds.includes(communityId)) continue
    const node = addOrganization(org.id)
    if (node) link(node, center, '服务')
  }
  for (const worker of data.socialWorkers) {
    if (!worker.communityIds.includes(communityId)) continue
    const node = addWorker(worker.id)
    if (node) link(node, center, '服务')
  }

  const needs = data.needs.filter(
    (need) => need.communityId === communityId && need.archivedAt === null
  )
  const answered = new Set(needs.flatMap((need) => need.projectIds))
  const projectNodes = new Map<string, string>()
  for (const project of data.projects) {
    if (project.archivedAt !== null) continue
    if (!project.communityIds.includes(communityId) && !answered.has(project.id)) continue
    const node = add('project', project.id, project.title, `${project.channel} · ${project.status}`)
    projectNodes.set(project.id, node)
    const org = addOrganization(project.organizationId)
    if (org) link(org, node, '承接')
    for (const workerId of project.socialWorkerIds) {
      const worker = addWorker(workerId)
      if (worker) link(worker, node, '服务')
    }
  }
  for (const need of needs) {
    const detail = `${need.category} · ${need.raisedBy} 人提出 · ${need.status}`
    const node = add('need', need.id, need.name, detail)
    link(center, node, '提出')
    for (const projectId of need.projectIds) {
      const project = projectNodes.get(projectId)
      if (project) link(project, node, '回应')
    }
  }
  for (const resource of data.resources) {
    if (resource.archivedAt !== null || !resource.communityIds.includes(communityId)) continue
    const detail = `${resource.type} · ${resource.providerName}`
    const node = add('resource', resource.id, resource.name, detail)
    link(node, center, '提供')
    const org = addOrganization(resource.organizationId)
    if (org) link(org, node, '提供')
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] }
}

/** Spacing of the drawn graph, in SVG user units. */
export const GRAPH_LAYOUT = { columnWidth: 220, rowHeight: 56, margin: 24 } as const

export interface PlacedNode extends GraphNode {
  /** Centre of the node. */
  x: number
  y: number
}

export interface GraphLayout {
  nodes: PlacedNode[]
  edges: GraphEdge[]
  /** The columns drawn, left to right, with their heading and centre. */
  columns: { kind: GraphNodeKind; label: string; x: number }[]
  width: number
  height: number
}

/**
 * Positions for an SVG: one column per kind that has nodes, in {@link GRAPH_NODE_KINDS} order
 * (the chain of issue #7 §6), nodes sorted by label within a column and each column centred on
 * the tallest, so the same graph always draws the same picture.
 */
export function layoutGraph(graph: LinkageGraph): GraphLayout {
  const { columnWidth, rowHeight, margin } = GRAPH_LAYOUT
  const columns = GRAPH_NODE_KINDS.map((kind) =>
    graph.nodes
      .filter((node) => node.kind === kind)
      .sort((a, b) => compareZh(a.label, b.label) || a.id.localeCompare(b.id))
  ).filter((column) => column.length > 0)
  const tallest = Math.max(0, ...columns.map((column) => column.length))
  const nodes = columns.flatMap((column, index) => {
    const top = margin + ((tallest - column.length) * rowHeight) / 2
    return column.map((node, row) => ({
      ...node,
      x: margin + index * columnWidth + columnWidth / 2,
      y: top + row * rowHeight + rowHeight / 2
    }))
  })
  return {
    nodes,
    edges: graph.edges,
    columns: columns.map((column, index) => ({
      kind: column[0]!.kind,
      label: GRAPH_NODE_KIND_LABELS[column[0]!.kind],
      x: margin + index * columnWidth + columnWidth / 2
    })),
    width: 2 * margin + columns.length * columnWidth,
    height: 2 * margin + tallest * rowHeight
  }
}
