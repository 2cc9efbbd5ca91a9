/**
 * What the log's entries point at: the name of each record (so the log reads 鼓楼区晨光为老服务中心,
 * not a UUID, and can be searched by it) and the page that shows it.
 *
 * Names and pages of the records people look for are read once per visit, in one transaction.
 * Records that hang off another (a 拨付 off its project, a 评分 off its 申报书) are many and rarely
 * opened from here, so their page is found only when one is opened ({@link recordPath}).
 */
import { recordInList } from '@renderer/components/use-registry'
import type { ShelianDatabase } from '@renderer/db/schema'
import { communityPath, needPath } from '@renderer/features/communities/community-path'
import type { PinyinKeys } from '@shared/text/pinyin'

export interface RecordInfo {
  name: string
  /** The record's stored pinyin keys, when it has them: the log is then searchable by pinyin. */
  keys?: PinyinKeys
  /**
   * Its page, or for records shown in a list's side panel (社工, 评审专家 …) the list with the
   * panel open; null for what has neither (设置, backups).
   */
  path: string | null
}

/** By {@link directoryKey}. */
export type RecordDirectory = ReadonlyMap<string, RecordInfo>

export const directoryKey = (table: string, id: string) => `${table}:${id}`

const projectTab = (projectId: string, tab: string) => `/projects/${projectId}?tab=${tab}`

export async function loadRecordDirectory(db: ShelianDatabase): Promise<RecordDirectory> {
  const tables = [
    db.organizations,
    db.communities,
    db.socialWorkers,
    db.reviewers,
    db.catalogueItems,
    db.resources,
    db.needs,
    db.incubations,
    db.ventureRounds,
    db.applications,
    db.projects,
    db.agreements
  ]
  return db.transaction('r', tables, async () => {
    const directory = new Map<string, RecordInfo>()
    const add = (table: string, id: string, info: RecordInfo) =>
      directory.set(directoryKey(table, id), info)
    const [organizations, communities, socialWorkers, reviewers, catalogueItems, resources] =
      await Promise.all([
        db.organizations.toArray(),
        db.communities.toArray(),
        db.socialWorkers.toArray(),
        db.reviewers.toArray(),
        db.catalogueItems.toArray(),
        db.resources.toArray()
      ])
    const [needs, incubations, rounds, applications, projects, agreements] = await Promise.all([
      db.needs.toArray(),
      db.incubations.toArray(),
      db.ventureRounds.toArray(),
      db.applications.toArray(),
      db.projects.toArray(),
      db.agreements.toArray()
    ])
    for (const o of organizations) {
      add('organizations', o.id, { name: o.name, keys: o, path: `/organizations/${o.id}` })
    }
    for (const c of communities) {
      add('communities', c.id, { name: c.name, keys: c, path: communityPath(c.id) })
    }
    const inList = (list: string, record: { id: string; name: string } & PinyinKeys) => ({
      name: record.name,
      keys: record,
      path: recordInList(list, record.id)
    })
    for (const w of socialWorkers) add('socialWorkers', w.id, inList('/social-workers', w))
    for (const r of reviewers) add('reviewers', r.id, inList('/venture?tab=reviewers', r))
    for (const i of catalogueItems) add('catalogueItems', i.id, inList('/catalogue', i))
    for (const r of resources) add('resources', r.id, inList('/linkage?tab=resources', r))
    for (const n of needs) add('needs', n.id, { name: n.name, keys: n, path: needPath(n.id) })
    const organizationNames = new Map(organizations.map((o) => [o.id, o]))
    for (const stay of incubations) {
      const organization = organizationNames.get(stay.organizationId)
      add('incubations', stay.id, {
        name: organization?.name ?? stay.id,
        ...(organization ? { keys: organization } : {}),
        path: `/incubation/${stay.id}`
      })
    }
    for (const r of rounds) add('ventureRounds', r.id, { name: r.name, path: `/venture/${r.id}` })
    for (const a of applications) {
      add('applications', a.id, { name: a.title, path: `/venture/applications/${a.id}` })
    }
    for (const p of projects) add('projects', p.id, { name: p.title, path: `/projects/${p.id}` })
    for (const a of agreements) {
      add('agreements', a.id, {
        name: `${a.number} ${a.title}`,
        path: projectTab(a.projectId, 'agreement')
      })
    }
    return directory
  })
}

/** The page of a record that hangs off another, found by reading it. */
const CHILD_PAGES: Readonly<
  Record<string, (db: ShelianDatabase, id: string) => Promise<string | null>>
> = {
  amendments: async (db, id) => {
    const row = await db.amendments.get(id)
    return row ? projectTab(row.projectId, 'agreement') : null
  },
  payments: async (db, id) => {
    const row = await db.payments.get(id)
    return row ? projectTab(row.projectId, 'payments') : null
  },
  activities: async (db, id) => {
    const row = await db.activities.get(id)
    return row ? projectTab(row.projectId, 'activities') : null
  },
  projectEvaluations: async (db, id) => {
    const row = await db.projectEvaluations.get(id)
    return row ? projectTab(row.projectId, 'evaluations') : null
  },
  mutualEvaluations: async (db, id) => {
    const row = await db.mutualEvaluations.get(id)
    return row ? projectTab(row.projectId, 'mutual') : null
  },
  incubationServices: async (db, id) => {
    const row = await db.incubationServices.get(id)
    return row ? `/incubation/${row.incubationId}` : null
  },
  evaluations: async (db, id) => {
    const row = await db.evaluations.get(id)
    return row ? `/incubation/${row.subjectId}` : null
  },
  reviews: async (db, id) => {
    const row = await db.reviews.get(id)
    return row ? `/venture/applications/${row.applicationId}` : null
  },
  needMatches: async (db, id) => {
    const row = await db.needMatches.get(id)
    return row ? needPath(row.needId) : null
  }
}

/** Whether records of `table` hang off another record whose page shows them. */
export function hasChildPage(table: string): boolean {
  return table in CHILD_PAGES
}

/** The page of the record an entry is about; null when it has none or is gone. */
export async function recordPath(
  db: ShelianDatabase,
  directory: RecordDirectory,
  table: string,
  id: string
): Promise<string | null> {
  const known = directory.get(directoryKey(table, id))?.path
  if (known) return known
  const child = CHILD_PAGES[table]
  return child ? child(db, id) : null
}
