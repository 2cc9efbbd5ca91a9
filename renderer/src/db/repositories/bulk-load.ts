/**
 * Loads many records at once — the sample data, later importers — in ONE transaction: all of
 * them land, each with an `import` audit entry, or none do. Registry, incubation, 公益创投,
 * delivery and 三社联动 tables load together, so stays and applications arrive with the
 * organisations they point at, reviews and projects with the rounds and applications they belong
 * to, agreements, payments, activities and evaluations with their projects, and needs and their
 * matches with the communities, projects and resources they link.
 *
 * Every row is checked first exactly as a restore checks a backup (check-tables.ts). Loading
 * goes only into an empty registry: with nothing stored, checking the set against itself covers
 * duplicates and references. (Merging into existing data is for the importers to add.)
 */
import type { Activity } from '@shared/domain/activities/activity'
import type { CatalogueItem } from '@shared/domain/catalogue/catalogue-item'
import type { Community } from '@shared/domain/communities/community'
import { todayInChina } from '@shared/domain/dates'
import type { Evaluation } from '@shared/domain/evaluations/evaluation'
import type { MutualEvaluation } from '@shared/domain/evaluations/mutual-evaluation'
import type { ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import type { Incubation } from '@shared/domain/incubation/incubation'
import type { IncubationService } from '@shared/domain/incubation/service-log'
import type { Need } from '@shared/domain/linkage/need'
import type { NeedMatch } from '@shared/domain/linkage/need-match'
import type { Resource } from '@shared/domain/linkage/resource'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Payment } from '@shared/domain/payments/payment'
import type { Agreement, Amendment } from '@shared/domain/projects/agreement'
import type { Project } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import type { Application } from '@shared/domain/venture/application'
import type { Review } from '@shared/domain/venture/review'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import type { VentureRound } from '@shared/domain/venture/round'
import { checkTables, describeProblems, type RowProblem } from '../check-tables'
import { DATA_TABLES, type DataTableName, type ShelianDatabase } from '../schema'
import { currentOperator } from './audit-log'
import type { RepositoryDeps } from './record-repository'

export interface RecordSet {
  communities?: readonly Community[]
  organizations?: readonly Organization[]
  socialWorkers?: readonly SocialWorker[]
  incubations?: readonly Incubation[]
  incubationServices?: readonly IncubationService[]
  evaluations?: readonly Evaluation[]
  reviewers?: readonly Reviewer[]
  ventureRounds?: readonly VentureRound[]
  applications?: readonly Application[]
  reviews?: readonly Review[]
  projects?: readonly Project[]
  catalogueItems?: readonly CatalogueItem[]
  agreements?: readonly Agreement[]
  amendments?: readonly Amendment[]
  payments?: readonly Payment[]
  activities?: readonly Activity[]
  projectEvaluations?: readonly ProjectEvaluation[]
  mutualEvaluations?: readonly MutualEvaluation[]
  resources?: readonly Resource[]
  needs?: readonly Need[]
  needMatches?: readonly NeedMatch[]
}

export type RecordCounts = Record<DataTableName, number>

/** Some rows were refused; nothing was written. */
export class BulkLoadError extends Error {
  readonly problems: readonly RowProblem[]

  constructor(message: string, problems: readonly RowProblem[] = []) {
    super(message)
    this.name = 'BulkLoadError'
    this.problems = problems
  }
}

/** How many records each loaded table holds (archived included). */
export async function countRecords(db: ShelianDatabase): Promise<RecordCounts> {
  const counts = await Promise.all(DATA_TABLES.map((table) => db.table(table).count()))
  return Object.fromEntries(DATA_TABLES.map((table, i) => [table, counts[i]])) as RecordCounts
}

export async function bulkLoad(
  db: ShelianDatabase,
  data: RecordSet,
  deps: RepositoryDeps = {}
): Promise<RecordCounts> {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const checked = checkTables(
    Object.fromEntries(DATA_TABLES.map((table) => [table, data[table] ?? []])),
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
    [...DATA_TABLES.map((table) => db.table(table)), db.auditLog, db.settings],
    async () => {
      const existing = await countRecords(db)
      if (DATA_TABLES.some((table) => existing[table] > 0)) {
        throw new BulkLoadError(
          '已经有社会组织、社区、社工、孵化、公益创投、服务目录、项目、需求或资源数据，只能载入到空的数据库中'
        )
      }
      const operator = await currentOperator(db)
      const at = now().toISOString()
      const counts = Object.fromEntries(DATA_TABLES.map((table) => [table, 0])) as RecordCounts
      for (const table of DATA_TABLES) {
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
