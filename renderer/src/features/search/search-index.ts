/**
 * The global search's index: every record the search covers, with its searchable fields, read
 * from Dexie once when the search opens and kept while it stays open, so a keystroke only walks
 * memory (about 56,000 candidates at city scale). Only the few results shown are turned into
 * display lines and links ({@link SearchResult}), not every record at every opening.
 *
 * Organisations, communities and social workers carry pinyin keys stored on write; project,
 * round and contract titles are few (hundreds) and get theirs computed here. Legal
 * representatives and contacts are two names per organisation — 30,000 at city scale, about
 * 0.2 s of pinyin-pro — so their keys are added afterwards in slices that leave the input
 * responsive ({@link withPeoplePinyin}), and remembered for the rest of the session.
 */
import type { Community } from '@shared/domain/communities/community'
import { maskPhone } from '@shared/domain/identifiers/masking'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Agreement } from '@shared/domain/projects/agreement'
import type { Project } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import type { VentureRound } from '@shared/domain/venture/round'
import { pinyinKeys, type PinyinKeys } from '@shared/text/pinyin'
import {
  codeField,
  nameField,
  parseSearchQuery,
  rankCandidates,
  type MatchedBy,
  type SearchCandidate,
  type SearchField,
  type SearchQuery
} from '@shared/text/search'
import { listSearchPath, recordInList } from '@renderer/components/use-registry'
import type { ShelianDatabase } from '@renderer/db/schema'
import { communityPath } from '@renderer/features/communities/community-path'
import {
  SEARCH_FIELD_LABELS as F,
  SEARCH_GROUP_LABELS,
  SEARCH_GROUPS,
  SEARCH_STRINGS as S,
  type SearchGroupKind
} from './strings'

/** How many results a group shows. */
export const GROUP_LIMIT = 8

/**
 * The list page of each kind whose grid has a search box, where 「在列表中查看全部」 leads. Not
 * contracts (there is no list of them) nor people (the 社会组织 list finds legal representatives
 * but not contacts, so it would show fewer than the group).
 */
const LIST_PAGES: Partial<Readonly<Record<SearchGroupKind, string>>> = {
  organizations: '/organizations',
  socialWorkers: '/social-workers',
  communities: '/communities',
  projects: '/projects',
  rounds: '/venture'
}

/** One result as the search shows it and opens it. */
export interface SearchResult {
  /** Unique across all groups. */
  key: string
  title: string
  /** Facts that tell similar records apart: 社会团体 · 已登记 · 鼓楼区鼓楼街道. */
  detail: string
  /** The record's page. */
  path: string
  archived: boolean
  /** The field that matched, and how. */
  field: SearchField
  by: MatchedBy
}

type Display = Pick<SearchResult, 'key' | 'title' | 'detail' | 'path'>

/** One kind of record: its candidates, and how a matching one is shown. */
interface IndexGroup {
  search(query: SearchQuery, limit: number): { results: SearchResult[]; total: number }
}

function indexGroup<T>(
  candidates: readonly SearchCandidate<T>[],
  display: (item: T) => Display
): IndexGroup {
  return {
    search(query, limit) {
      const { hits, total } = rankCandidates(query, candidates, limit)
      const results = hits.map((hit) => ({
        ...display(hit.candidate.item),
        archived: hit.candidate.archived ?? false,
        field: hit.field,
        by: hit.by
      }))
      return { results, total }
    }
  }
}

/** A legal representative or contact, found as their organisation. */
interface Person {
  organization: Organization
  role: 'legalRep' | 'contact' | 'both'
  name: string
  phone: string | null
}

export interface SearchIndex {
  groups: Readonly<Record<SearchGroupKind, IndexGroup>>
  /** The people's candidates, whose pinyin {@link withPeoplePinyin} fills in. */
  people: readonly SearchCandidate<Person>[]
}

/** The rows the index is built from. */
export interface SearchRows {
  organizations: readonly Organization[]
  socialWorkers: readonly SocialWorker[]
  communities: readonly Community[]
  projects: readonly Project[]
  rounds: readonly VentureRound[]
  agreements: readonly Agreement[]
}

const COMPUTED_PINYIN = new Map<string, PinyinKeys>()

/** Pinyin keys of a name not stored with its record, computed once per session. */
function cachedPinyin(text: string): PinyinKeys {
  let keys = COMPUTED_PINYIN.get(text)
  if (!keys) {
    keys = pinyinKeys(text)
    COMPUTED_PINYIN.set(text, keys)
  }
  return keys
}

const detail = (...parts: (string | null | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part)).join(S.separator)

/** A record with its stored keys searched by `fields`. */
function candidate<T extends { name: string; archivedAt: string | null } & PinyinKeys>(
  record: T,
  fields: SearchField[]
): SearchCandidate<T> {
  return { item: record, name: record.name, keys: record, archived: !!record.archivedAt, fields }
}

function peopleOf(o: Organization): Person[] {
  const legalRep = o.legalRepName.trim()
  const contact = o.contactName.trim()
  if (legalRep && legalRep === contact) {
    return [{ organization: o, role: 'both', name: legalRep, phone: o.legalRepPhone }]
  }
  const people: Person[] = []
  if (legalRep) {
    people.push({ organization: o, role: 'legalRep', name: legalRep, phone: o.legalRepPhone })
  }
  if (contact) {
    people.push({ organization: o, role: 'contact', name: contact, phone: o.contactPhone })
  }
  return people
}

const ROLE_LABELS: Readonly<Record<Person['role'], string>> = {
  legalRep: F.legalRep,
  contact: F.contact,
  both: F.legalRepAndContact
}

function personCandidate(person: Person, keys?: PinyinKeys): SearchCandidate<Person> {
  const o = person.organization
  return {
    item: person,
    name: o.name,
    keys: o,
    archived: !!o.archivedAt,
    fields: [nameField(ROLE_LABELS[person.role], person.name, keys)]
  }
}

/** A person is shown as their organisation; the phone only masked. */
function displayPerson(person: Person): Display {
  const o = person.organization
  return {
    key: `people:${o.id}:${person.role}`,
    title: o.name,
    detail: person.phone ? `${S.phone} ${maskPhone(person.phone)}` : '',
    path: `/organizations/${o.id}`
  }
}

/** The index over `rows`; people get the pinyin of their names later (see the module comment). */
export function buildSearchIndex(rows: SearchRows): SearchIndex {
  const organizationName = new Map(rows.organizations.map((o) => [o.id, o.name]))
  const projectTitle = new Map(rows.projects.map((p) => [p.id, p.title]))
  const people = rows.organizations.flatMap((o) => peopleOf(o).map((p) => personCandidate(p)))
  const titled = <T extends { archivedAt: string | null }>(
    record: T,
    title: string,
    fields: (keys: PinyinKeys) => SearchField[]
  ): SearchCandidate<T> => {
    const keys = cachedPinyin(title)
    return { item: record, name: title, keys, archived: !!record.archivedAt, fields: fields(keys) }
  }
  const groups: Record<SearchGroupKind, IndexGroup> = {
    organizations: indexGroup(
      rows.organizations.map((o) => {
        const fields = [nameField(F.organizationName, o.name, o)]
        if (o.uscc) fields.push(codeField(F.uscc, o.uscc))
        if (o.filingNo) fields.push(codeField(F.filingNo, o.filingNo))
        return candidate(o, fields)
      }),
      (o) => ({
        key: `organizations:${o.id}`,
        title: o.name,
        detail: detail(o.legalForm, o.registrationStatus, `${o.district}${o.subdistrict}`),
        path: `/organizations/${o.id}`
      })
    ),
    socialWorkers: indexGroup(
      rows.socialWorkers.map((w) => {
        const fields = [nameField(F.workerName, w.name, w)]
        if (w.certNo) fields.push(codeField(F.certNo, w.certNo))
        return candidate(w, fields)
      }),
      (w) => ({
        key: `socialWorkers:${w.id}`,
        title: w.name,
        detail: detail(w.certLevel, w.employerId ? organizationName.get(w.employerId) : null),
        // 社工 have no page of their own: their list opens with the worker's panel.
        path: recordInList('/social-workers', w.id)
      })
    ),
    communities: indexGroup(
      rows.communities.map((c) => {
        const fields = [nameField(F.communityName, c.name, c)]
        if (c.divisionCode) fields.push(codeField(F.divisionCode, c.divisionCode))
        return candidate(c, fields)
      }),
      (c) => ({
        key: `communities:${c.id}`,
        title: c.name,
        detail: detail(c.district, c.subdistrict),
        path: communityPath(c.id)
      })
    ),
    projects: indexGroup(
      rows.projects.map((p) =>
        titled(p, p.title, (keys) => [nameField(F.projectTitle, p.title, keys)])
      ),
      (p) => ({
        key: `projects:${p.id}`,
        title: p.title,
        detail: detail(p.channel, p.status, organizationName.get(p.organizationId)),
        path: `/projects/${p.id}`
      })
    ),
    rounds: indexGroup(
      rows.rounds.map((r) => titled(r, r.name, (keys) => [nameField(F.roundName, r.name, keys)])),
      (r) => ({
        key: `rounds:${r.id}`,
        title: r.name,
        detail: detail(S.roundYear(r.year), r.status),
        path: `/venture/${r.id}`
      })
    ),
    agreements: indexGroup(
      rows.agreements.map((a) =>
        titled(a, a.title, (keys) => [
          codeField(F.agreementNumber, a.number),
          nameField(F.agreementTitle, a.title, keys)
        ])
      ),
      (a) => ({
        key: `agreements:${a.id}`,
        title: `${a.number} ${a.title}`,
        detail: detail(a.status, a.partyB, projectTitle.get(a.projectId)),
        path: `/projects/${a.projectId}?tab=agreement`
      })
    ),
    people: indexGroup(people, displayPerson)
  }
  return { groups, people }
}

/** Reads what the index needs in one read transaction, so it sees one state of the data. */
export async function loadSearchIndex(db: ShelianDatabase): Promise<SearchIndex> {
  const tables = [
    db.organizations,
    db.socialWorkers,
    db.communities,
    db.projects,
    db.ventureRounds,
    db.agreements
  ]
  const rows = await db.transaction('r', tables, async () => {
    const [organizations, socialWorkers, communities, projects, rounds, agreements] =
      await Promise.all([
        db.organizations.toArray(),
        db.socialWorkers.toArray(),
        db.communities.toArray(),
        db.projects.toArray(),
        db.ventureRounds.toArray(),
        db.agreements.toArray()
      ])
    return { organizations, socialWorkers, communities, projects, rounds, agreements }
  })
  return buildSearchIndex(rows)
}

/** Names per slice of {@link withPeoplePinyin}: about 10 ms of pinyin-pro. */
const PINYIN_SLICE = 1500

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The index with the pinyin keys of legal representatives and contacts, computed in slices
 * between which the browser handles input; null when `cancelled()` turns true (the search closed).
 */
export async function withPeoplePinyin(
  index: SearchIndex,
  cancelled: () => boolean
): Promise<SearchIndex | null> {
  const people: SearchCandidate<Person>[] = []
  for (let start = 0; start < index.people.length; start += PINYIN_SLICE) {
    await nextTask()
    if (cancelled()) return null
    for (const { item } of index.people.slice(start, start + PINYIN_SLICE)) {
      people.push(personCandidate(item, cachedPinyin(item.name)))
    }
  }
  return { groups: { ...index.groups, people: indexGroup(people, displayPerson) }, people }
}

export interface SearchGroup {
  kind: SearchGroupKind
  label: string
  results: SearchResult[]
  /** How many records of the kind matched, shown or not. */
  total: number
  /** The kind's list page searched by the query, for 「在列表中查看全部」; null without one. */
  listPath: string | null
}

/** The groups with matches for `query`, in the {@link SEARCH_GROUPS} order, each at most `limit`. */
export function searchIndex(index: SearchIndex, query: string, limit = GROUP_LIMIT): SearchGroup[] {
  const parsed = parseSearchQuery(query)
  if (parsed.text === '') return []
  // As typed: the grids compare their own texts, where names keep their full-width （）.
  const listQuery = query.trim()
  return SEARCH_GROUPS.flatMap((kind) => {
    const { results, total } = index.groups[kind].search(parsed, limit)
    if (total === 0) return []
    const list = LIST_PAGES[kind]
    const listPath = list ? listSearchPath(list, listQuery) : null
    return [{ kind, label: SEARCH_GROUP_LABELS[kind], results, total, listPath }]
  })
}
