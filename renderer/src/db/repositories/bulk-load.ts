/**
 * Loads many records at once — the sample data, later importers — in ONE transaction: all of
 * them land, each with an `import` audit entry, or none do.
 *
 * Every row is checked first exactly as a restore checks a backup (check-tables.ts). Loading
 * goes only into an empty registry: with nothing stored, checking the set against itself covers
 * duplicates and references. (Merging into existing data is for the importers to add.)
 */
import type { Community } from '@shared/domain/communities/community'
import { todayInChina } from '@shared/domain/dates'
import type { Organization } from '@shared/domain/organizations/organization'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { checkTables, describeProblems, type RowProblem } from '../check-tables'
import { RECORD_TABLES, type RecordTableName, type ShelianDatabase } from '../schema'
import { currentOperator } from './audit-log'
import type { RepositoryDeps } from './record-repository'

export interface RecordSet {
  communities?: readonly Community[]
  organizations?: readonly Organization[]
  socialWorkers?: readonly SocialWorker[]
}

export type RecordCounts = Record<RecordTableName, number>

/** Some rows were refused; nothing was written. */
export class BulkLoadError extends Error {
  readonly problems: readonly RowProblem[]

  constructor(message: string, problems: readonly RowProblem[] = []) {
    super(message)
    this.name = 'BulkLoadError'
    this.problems = problems
  }
}

/** How many organisations, communities and social workers are stored (archived included). */
export async function countRecords(db: ShelianDatabase): Promise<RecordCounts> {
  const [communities, organizations, socialWorkers] = await Promise.all([
    db.communities.count(),
    db.organizations.count(),
    db.socialWorkers.count()
  ])
  return { communities, organizations, socialWorkers }
}

export async function bulkLoad(
  db: ShelianDatabase,
  data: RecordSet,
  deps: RepositoryDeps = {}
): Promise<RecordCounts> {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const checked = checkTables(
    {
      communities: data.communities ?? [],
      organizations: data.organizations ?? [],
      socialWorkers: data.socialWorkers ?? []
    },
    todayInChina(now()),
    { source: '这批数据' }
  )
  if (checked.problems.length > 0) {
    throw new BulkLoadError(
      `有 ${checked.truncated ? '至少 ' : ''}${checked.problems.length} 处数据不符合规则，没有载入任何数据：${describeProblems(checked.problems.slice(0, 3)).join('；')}`,
      checked.problems
    )
  }
  return db.transaction(
    'rw',
    [db.communities, db.organizations, db.socialWorkers, db.auditLog, db.settings],
    async () => {
      const existing = await countRecords(db)
      if (RECORD_TABLES.some((table) => existing[table] > 0)) {
        throw new BulkLoadError('已经有社会组织、社区或社工数据，只能载入到空的数据库中')
      }
      const operator = await currentOperator(db)
      const at = now().toISOString()
      const counts = { communities: 0, organizations: 0, socialWorkers: 0 }
      for (const table of RECORD_TABLES) {
        const rows = (checked.tables[table] ?? []) as { id: string }[]
        await db.table(table).bulkAdd(rows)
        await db.auditLog.bulkAdd(
          rows.map((row) => ({
            id: newId(),
            at,
            operator,
            table,
            recordId: row.id,
            action: 'import' as const
          }))
        )
        counts[table] = rows.length
      }
      return counts
    }
  )
}
