/**
 * Writing a confirmed import: the rows the dry run found valid, in chunks, each chunk ONE
 * transaction.
 *
 * Every row goes through the entity's own repository (`create`, or `update` for a row that
 * matches a stored record when the user chose to update): the same rule, the same duplicate and
 * reference checks, the same audit entry as a form's save. Rows to create one after another go
 * in one `createMany` where the repository has it (the registries): the same checks, with what
 * they read read once for the run instead of once per row. Those repositories open their own
 * transaction; called inside the chunk's, Dexie runs them as sub-transactions of it (their
 * tables are a subset of the chunk's scope), so a refused row aborts the whole chunk and
 * nothing of it stays. Each chunk also logs one `import` audit entry naming the file and its
 * counts, in the same transaction.
 *
 * Chunks are independent: a failing chunk is rolled back and reported with its rows, earlier
 * chunks stay, later ones are still written. Cancelling stops before the next chunk.
 */
import type { DryRunRow } from '@shared/import/dry-run'
import type { ImportEntity } from '@shared/import/import-spec'
import { errorText } from '@shared/text/error-text'
import type { ShelianDatabase } from '../schema'
import { createActivitiesRepository } from './activities-repository'
import { appendAudit } from './audit-log'
import { createCatalogueItemsRepository } from './catalogue-items-repository'
import { createCommunitiesRepository } from './communities-repository'
import { createNeedsRepository } from './needs-repository'
import { createOrganizationsRepository } from './organizations-repository'
import { RecordBatchError, type RepositoryDeps, type WriteResult } from './record-repository'
import { writeTransaction } from './record-store'
import { createSocialWorkersRepository } from './social-workers-repository'

/**
 * Rows written in one transaction. Each commit waits for the disk (strict durability), so fewer,
 * larger chunks import faster: 15,000 rows took 8.2 s in chunks of 200 and 6.5 s in chunks of
 * 1,000 (bench figure 11, same loaded machine). A chunk's checks take about 0.1 s of script, so
 * the page still answers and 取消 still stops at the next chunk.
 */
export const IMPORT_CHUNK_SIZE = 1000

/** What to do with a row that is a record already stored. */
export type ExistingChoice = 'skip' | 'update'

export interface ImportProgress {
  /** Rows handled so far (written, skipped or failed). */
  done: number
  total: number
  /** Chunks handled so far. */
  chunk: number
  chunks: number
}

/** A chunk that was rolled back: its rows that were to be written, and why. */
export interface FailedChunk {
  chunk: number
  rows: number[]
  message: string
}

export interface ImportOutcome {
  /** Names every chunk's audit entry, so one import's entries are found together. */
  importId: string
  created: number
  updated: number
  /** Matched rows to update whose values were those stored already. */
  unchanged: number
  /** Matched rows left alone: by choice, or because the stored record is archived. */
  skipped: number
  failed: FailedChunk[]
  cancelled: boolean
  /** Rows of the chunks a cancel left unwritten. */
  notWritten: number[]
}

export interface ImportRequest {
  entity: ImportEntity
  /** The file's name, for the import log. */
  fileName: string
  /** The dry run's rows; rows with errors are never written. */
  rows: readonly DryRunRow<object>[]
  existing: ExistingChoice
  chunkSize?: number
  onProgress?(progress: ImportProgress): void
  /** Checked before each chunk. */
  signal?: AbortSignal
}

export interface ImportRepository {
  importRows(request: ImportRequest): Promise<ImportOutcome>
}

const LABELS: Record<ImportEntity, string> = {
  organizations: '社会组织',
  communities: '社区',
  socialWorkers: '社工',
  needs: '需求',
  catalogueItems: '服务目录事项',
  activities: '服务记录'
}

/** What the import needs of an entity's repository; all six have it, bar `createMany`. */
interface ImportTarget {
  create(input: object): Promise<WriteResult<{ updatedAt: string }>>
  /** The registries' batch create (record-repository.ts): many rows for the price of few writes. */
  createMany?(inputs: readonly object[]): Promise<unknown>
  update(id: string, patch: object): Promise<WriteResult<{ updatedAt: string }>>
  get(id: string): Promise<{ updatedAt: string } | undefined>
}

/** Thrown inside a chunk to name the row that made it fail. */
class RowFailure extends Error {
  constructor(row: number, cause: unknown) {
    super(`第 ${row} 行：${errorText(cause)}`)
    this.name = 'RowFailure'
  }
}

type Plan = 'create' | 'update' | 'skip'

function planOf(row: DryRunRow<object>, existing: ExistingChoice): Plan {
  if (!row.match) return 'create'
  return existing === 'update' && !row.match.archived ? 'update' : 'skip'
}

/** How many plans from `start` on are `plan`, one after another. */
function runOf(plans: readonly Plan[], start: number, plan: Plan): number {
  let end = start
  while (end < plans.length && plans[end] === plan) end += 1
  return end - start
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size))
  }
  return chunks
}

/** Lets the page draw the progress and take a click on 取消 between two chunks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function createImportRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): ImportRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const repositories: Record<ImportEntity, ImportTarget> = {
    organizations: createOrganizationsRepository(db, deps) as ImportTarget,
    communities: createCommunitiesRepository(db, deps) as ImportTarget,
    socialWorkers: createSocialWorkersRepository(db, deps) as ImportTarget,
    needs: createNeedsRepository(db, deps) as ImportTarget,
    catalogueItems: createCatalogueItemsRepository(db, deps) as ImportTarget,
    activities: createActivitiesRepository(db, deps) as ImportTarget
  }
  // Every table the six repositories write or read while writing: their sub-transactions must
  // find all of theirs in the chunk's scope.
  const scope = [
    db.organizations,
    db.communities,
    db.socialWorkers,
    db.needs,
    db.needMatches,
    db.catalogueItems,
    db.projects,
    db.applications,
    db.activities,
    db.auditLog,
    db.settings
  ]

  async function importRows(request: ImportRequest): Promise<ImportOutcome> {
    const repository = repositories[request.entity]
    const rows = request.rows.filter((row) => row.status !== 'error' && row.draft !== null)
    const chunks = chunked(rows, request.chunkSize ?? IMPORT_CHUNK_SIZE)
    const importId = newId()
    const outcome: ImportOutcome = {
      importId,
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      failed: [],
      cancelled: false,
      notWritten: []
    }
    let done = 0

    for (const [index, chunk] of chunks.entries()) {
      if (request.signal?.aborted) {
        outcome.cancelled = true
        outcome.notWritten = chunks.slice(index).flatMap((rest) => rest.map((row) => row.row))
        break
      }
      const plans = chunk.map((row) => planOf(row, request.existing))
      const skipped = plans.filter((plan) => plan === 'skip').length
      try {
        const counts = await writeTransaction(db, scope, async () => {
          const tally = { created: 0, updated: 0, unchanged: 0 }
          let at = 0
          while (at < chunk.length) {
            const creates = repository.createMany ? runOf(plans, at, 'create') : 0
            if (creates > 1) {
              const run = chunk.slice(at, at + creates)
              try {
                await repository.createMany!(run.map((row) => row.draft!))
              } catch (error) {
                if (error instanceof RecordBatchError) {
                  throw new RowFailure(run[error.index]!.row, error.reason)
                }
                throw error
              }
              tally.created += creates
              at += creates
              continue
            }
            const row = chunk[at]!
            try {
              if (plans[at] === 'create') {
                await repository.create(row.draft!)
                tally.created += 1
              } else if (plans[at] === 'update') {
                if (await updateRow(repository, row)) tally.updated += 1
                else tally.unchanged += 1
              }
            } catch (error) {
              throw new RowFailure(row.row, error)
            }
            at += 1
          }
          await appendAudit(
            db,
            {
              at: now().toISOString(),
              table: request.entity,
              recordId: importId,
              action: 'import',
              summary: chunkSummary(request, index, chunks.length, chunk, { ...tally, skipped })
            },
            newId
          )
          return tally
        })
        outcome.created += counts.created
        outcome.updated += counts.updated
        outcome.unchanged += counts.unchanged
      } catch (error) {
        outcome.failed.push({
          chunk: index + 1,
          rows: chunk.filter((_, at) => plans[at] !== 'skip').map((row) => row.row),
          message: errorText(error)
        })
      }
      outcome.skipped += skipped
      done += chunk.length
      request.onProgress?.({ done, total: rows.length, chunk: index + 1, chunks: chunks.length })
      await nextTask()
    }
    return outcome
  }

  return { importRows }
}

/** Writes a matched row's changes; false when there were none to write. */
async function updateRow(repository: ImportTarget, row: DryRunRow<object>): Promise<boolean> {
  const patch = row.patch ?? {}
  if (Object.keys(patch).length === 0) return false
  const before = await repository.get(row.match!.id)
  const { record } = await repository.update(row.match!.id, patch)
  return record.updatedAt !== before?.updatedAt
}

/** `导入“社会组织.xlsx”第 2 / 3 批（第 202–401 行）：新增 180 条，更新 15 条，…` */
function chunkSummary(
  request: ImportRequest,
  index: number,
  chunks: number,
  chunk: readonly DryRunRow<object>[],
  counts: { created: number; updated: number; unchanged: number; skipped: number }
): string {
  const first = chunk[0]!.row
  const last = chunk[chunk.length - 1]!.row
  const parts = [
    `新增 ${counts.created} 条`,
    `更新 ${counts.updated} 条`,
    counts.unchanged > 0 ? `无变化 ${counts.unchanged} 条` : '',
    counts.skipped > 0 ? `跳过已有 ${counts.skipped} 条` : ''
  ].filter(Boolean)
  return `导入${LABELS[request.entity]}“${request.fileName}”第 ${index + 1} / ${chunks} 批（第 ${first}–${last} 行）：${parts.join('，')}`
}
