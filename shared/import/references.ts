/**
 * Cells that name other records: the communities a record serves and an employer. A sheet
 * names them as people do — by name — and the import finds the one stored record meant, or
 * says why it cannot: not in the registry, archived (the forms do not offer archived records
 * for new links), or a name several records share (then the street or the code tells them
 * apart).
 */
import type { Community } from '../domain/communities/community'
import { normalizeCode } from '../domain/identifiers/issues'
import { normalizeOrganizationName } from '../domain/organizations/duplicates'
import type { Organization } from '../domain/organizations/organization'
import type { SocialWorker } from '../domain/social-workers/social-worker'
import { cleanText, readList, readText, type CellResult } from './cells'

/** Records grouped by a key; a key several records share keeps them all. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const value = key(row)
    if (value === null || value === '') continue
    const group = groups.get(value)
    if (group) group.push(row)
    else groups.set(value, [row])
  }
  return groups
}

/** How a community name is compared: cleaned, without spaces. */
export function communityNameKey(name: string): string {
  return cleanText(name).replace(/\s+/g, '')
}

/** Communities by name, to resolve what a sheet writes. */
export type CommunityIndex = Map<string, Community[]>

export function indexCommunities(communities: readonly Community[]): CommunityIndex {
  return groupBy(communities, (community) => communityNameKey(community.name))
}

/** `南街社区（柳城街道）` or `柳城街道/南街社区`: a name with the street that tells it apart. */
function splitStreet(text: string): { name: string; street: string | null } {
  const bracketed = /^(.+?)[（(](.+?)[)）]$/.exec(text)
  if (bracketed) return { name: bracketed[1]!, street: bracketed[2]! }
  const prefixed = /^(.+?)\s*[/／\\-]\s*(.+)$/.exec(text)
  if (prefixed) return { name: prefixed[2]!, street: prefixed[1]! }
  return { name: text, street: null }
}

function resolveCommunity(text: string, index: CommunityIndex): CellResult<string> {
  const direct = index.get(communityNameKey(text))
  const { name, street } = direct ? { name: text, street: null } : splitStreet(text)
  const named = direct ?? index.get(communityNameKey(name)) ?? []
  const streetKey = street === null ? null : communityNameKey(street)
  const candidates =
    streetKey === null
      ? named
      : named.filter((community) => communityNameKey(community.subdistrict) === streetKey)
  if (candidates.length === 0) {
    return {
      ok: false,
      message: `社区“${text}”不在社区名录中，请先在“社区”中新建或导入`
    }
  }
  const inUse = candidates.filter((community) => community.archivedAt === null)
  if (inUse.length === 0) return { ok: false, message: `社区“${text}”已归档，请先恢复使用` }
  if (inUse.length > 1) {
    const streets = inUse.map((community) => community.subdistrict).join('、')
    return {
      ok: false,
      message: `有 ${inUse.length} 个名为“${name}”的社区（${streets}），请写成“${name}（${inUse[0]!.subdistrict}）”`
    }
  }
  return { ok: true, value: inUse[0]!.id }
}

/** The id of the one community a cell names. */
export function readCommunityId(cell: unknown, index: CommunityIndex): CellResult<string> {
  const text = readText(cell)
  if (!text.ok) return text
  return resolveCommunity(text.value ?? '', index)
}

/** The ids of the communities a list cell names, in the order written; the first problem found. */
export function readCommunityIds(cell: unknown, index: CommunityIndex): CellResult<string[]> {
  const items = readList(cell)
  if (!items.ok) return items
  const ids: string[] = []
  for (const item of items.value) {
    const found = resolveCommunity(item, index)
    if (!found.ok) return found
    if (!ids.includes(found.value)) ids.push(found.value)
  }
  return { ok: true, value: ids }
}

/** Organisations by normalised name and by USCC. */
export interface OrganizationIndex {
  byName: Map<string, Organization[]>
  byUscc: Map<string, Organization>
}

export function indexOrganizations(organizations: readonly Organization[]): OrganizationIndex {
  const byUscc = new Map<string, Organization>()
  for (const organization of organizations) {
    if (organization.uscc) byUscc.set(organization.uscc, organization)
  }
  return {
    byName: groupBy(organizations, (organization) => normalizeOrganizationName(organization.name)),
    byUscc
  }
}

/**
 * The organisation a cell names, by its name (spaces and bracket widths do not matter) or by
 * its USCC; like the form's picker, only organisations in use.
 */
export function readOrganizationId(cell: unknown, index: OrganizationIndex): CellResult<string> {
  const read = readText(cell)
  if (!read.ok) return read
  const text = read.value ?? ''
  const byCode = index.byUscc.get(normalizeCode(text))
  const candidates = byCode ? [byCode] : (index.byName.get(normalizeOrganizationName(text)) ?? [])
  if (candidates.length === 0) {
    return { ok: false, message: `“${text}”不在社会组织名录中，请先在“社会组织”中登记` }
  }
  const inUse = candidates.filter((organization) => organization.archivedAt === null)
  if (inUse.length === 0) return { ok: false, message: `社会组织“${text}”已归档，请先恢复使用` }
  if (inUse.length > 1) {
    return {
      ok: false,
      message: `有 ${inUse.length} 个名为“${text}”的社会组织，请改填它的统一社会信用代码`
    }
  }
  return { ok: true, value: inUse[0]!.id }
}

/** Social workers by name and by certificate number. */
export interface SocialWorkerIndex {
  byName: Map<string, SocialWorker[]>
  byCertNo: Map<string, SocialWorker>
}

export function indexSocialWorkers(workers: readonly SocialWorker[]): SocialWorkerIndex {
  const byCertNo = new Map<string, SocialWorker>()
  for (const worker of workers) if (worker.certNo) byCertNo.set(worker.certNo, worker)
  return { byName: groupBy(workers, (worker) => communityNameKey(worker.name)), byCertNo }
}

/** `林晓梅（S2019001）`: a name with the certificate number that tells namesakes apart. */
function resolveSocialWorker(text: string, index: SocialWorkerIndex): CellResult<string> {
  const bracketed = /^(.+?)[（(](.+?)[)）]$/.exec(text)
  const byCode = index.byCertNo.get(normalizeCode(bracketed ? bracketed[2]! : text))
  const name = bracketed ? bracketed[1]! : text
  const candidates = byCode ? [byCode] : (index.byName.get(communityNameKey(name)) ?? [])
  if (candidates.length === 0) {
    return { ok: false, message: `社工“${text}”不在社工名录中，请先在“社工”中登记` }
  }
  const inUse = candidates.filter((worker) => worker.archivedAt === null)
  if (inUse.length === 0) return { ok: false, message: `社工“${text}”已归档，请先恢复使用` }
  if (inUse.length > 1) {
    return {
      ok: false,
      message: `有 ${inUse.length} 名叫“${name}”的社工，请写成“${name}（证书编号）”`
    }
  }
  return { ok: true, value: inUse[0]!.id }
}

/** The ids of the social workers a list cell names, by name or certificate number. */
export function readSocialWorkerIds(cell: unknown, index: SocialWorkerIndex): CellResult<string[]> {
  const items = readList(cell)
  if (!items.ok) return items
  const ids: string[] = []
  for (const item of items.value) {
    const found = resolveSocialWorker(item, index)
    if (!found.ok) return found
    if (!ids.includes(found.value)) ids.push(found.value)
  }
  return { ok: true, value: ids }
}
