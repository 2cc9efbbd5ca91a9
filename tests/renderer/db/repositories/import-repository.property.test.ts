/**
 * Fuzzing the import's write (issue #10, item 1): random dry-run outcomes — new rows and rows
 * matching stored organisations, mixed with rows the repository's own rules refuse on writing
 * (a USCC twice in one batch, a USCC already stored, a 服务社区 that does not exist, a value the
 * rule refuses, an update onto another organisation's USCC), rows the dry run found wrong, in
 * random batch sizes, skipping or updating matches — written through the import repository.
 *
 * A model replays the repository's rules batch by batch, in write order, on a copy of what is
 * stored. The import must then do exactly what the model says: a refused batch leaves no trace
 * (no record, no change, no audit entry of it) and is reported with the sheet row that made it
 * fail, in Chinese; every other batch is written whole, with its audit entries; nothing else in
 * the database changes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orgCodeCheckChar } from '@shared/domain/identifiers/org-code'
import { usccCheckChar } from '@shared/domain/identifiers/uscc'
import type { Organization, OrganizationDraft } from '@shared/domain/organizations/organization'
import {
  SOCIAL_WORKER_STAND_INS,
  type SocialWorker
} from '@shared/domain/social-workers/social-worker'
import type { DryRunRow } from '@shared/import/dry-run'
import { organizationImport } from '@shared/import/specs/organizations'
import { createRepositories } from '@renderer/db/repositories'
import {
  createImportRepository,
  type ExistingChoice,
  type ImportOutcome
} from '@renderer/db/repositories/import-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import type { SocialWorkerDraft } from '@renderer/db/repositories/social-workers-repository'
import { freshDatabase } from '../../helpers/render-app'
import { context } from '../../../shared/import/fixtures'
import { propertyRuns } from '../../../helpers/property-runs'
import { NOW, sequentialIds, snapshot, tickingClock } from '../helpers'

/** Cases per property: each sets up a database and imports up to 14 rows, about 0.06 s. */
const RUNS = 200
const WORKER_RUNS = 150

const HAN = /\p{Script=Han}/u

/** A valid 社会服务机构 USCC, different for each `n`. */
function uscc(n: number): string {
  const org = `MA${String(n).padStart(6, '0')}`
  const body = `52350102${org}${orgCodeCheckChar(org)}`
  return body + usccCheckChar(body)
}

/**
 * USCCs 1–3 are stored. New rows draw often from 4–6, so they meet each other, in a batch and
 * across batches; sometimes a stored one; otherwise one of their own.
 */
const usccArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 4, max: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) },
  { weight: 4, arbitrary: fc.integer({ min: 7, max: 60 }) }
)
const STORED = [
  { name: '鼓楼区第1服务中心', n: 1, contactName: '王丽', archived: false },
  { name: '鼓楼区第2服务中心', n: 2, contactName: '陈国平', archived: false },
  { name: '鼓楼区第3服务中心', n: 3, contactName: '', archived: true }
] as const
const COMMUNITIES = ['军门社区', '南街社区']
const GONE_COMMUNITY = 'community-gone'
const GONE_EMPLOYER = 'organization-gone'

/** Certificates 1 and 2 are stored (the second one's holder archived). */
const STORED_WORKERS = [
  { name: '林晓梅', n: 1, archived: false },
  { name: '陈国平', n: 2, archived: true }
] as const

const certNo = (n: number) => `S2020350102${String(n).padStart(6, '0')}`

/** A 社会工作师 with certificate `n`; without it (null), a rule breach: 持证 needs a number. */
function workerDraft(
  name: string,
  n: number | null,
  employerId: string | null,
  communityIds: string[]
): SocialWorkerDraft {
  return {
    ...SOCIAL_WORKER_STAND_INS,
    name,
    certLevel: '社会工作师',
    certNo: n === null ? null : certNo(n),
    registrationValidUntil: '2028-06-30',
    employerId,
    communityIds
  }
}

type RowSpec =
  | { kind: 'error' }
  | {
      kind: 'new'
      /** The USCC's `n`; null for the one of the row before (a row entered twice). */
      n: number | null
      community: 'none' | 'known' | 'gone'
      /** A value the rule refuses (专职人数 −1): a dry run would have caught it, the write must too. */
      ruleBreaking: boolean
    }
  | {
      kind: 'match'
      stored: number
      change: { contactName: string } | { uscc: number } | null
    }

const rowArb: fc.Arbitrary<RowSpec> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'error' as const }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('new' as const),
      n: fc.oneof({ weight: 4, arbitrary: usccArb }, { weight: 1, arbitrary: fc.constant(null) }),
      community: fc.oneof(
        { weight: 3, arbitrary: fc.constant('none' as const) },
        { weight: 2, arbitrary: fc.constant('known' as const) },
        { weight: 1, arbitrary: fc.constant('gone' as const) }
      ),
      ruleBreaking: fc.oneof(
        { weight: 9, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) }
      )
    })
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('match' as const),
      stored: fc.nat({ max: STORED.length - 1 }),
      change: fc.oneof(
        fc.constant(null),
        fc.record({ contactName: fc.constantFrom('林晓梅', '王丽', '') }),
        fc.record({ uscc: usccArb })
      )
    })
  }
)

const importArb = fc.record({
  rows: fc.array(fc.record({ spec: rowArb, gap: fc.nat({ max: 2 }) }), { maxLength: 14 }),
  chunkSize: fc.integer({ min: 1, max: 8 }),
  existing: fc.constantFrom<ExistingChoice>('skip', 'update')
})

async function setUp() {
  const db = freshDatabase()
  const deps = { now: tickingClock(NOW), newId: sequentialIds() }
  const repos = createRepositories(db, deps)
  await repos.settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '鼓楼区民政局',
    backupKeep: 10
  })
  const communityIds: string[] = []
  for (const name of COMMUNITIES) {
    const { record } = await repos.communities.create({
      name,
      district: '鼓楼区',
      subdistrict: '温泉街道',
      divisionCode: null,
      households: 1000,
      population: 3000,
      grids: 5
    })
    communityIds.push(record.id)
  }
  const stored: Organization[] = []
  for (const spec of STORED) {
    const { record } = await repos.organizations.create({
      ...organizationImport.blankDraft(context()),
      name: spec.name,
      uscc: uscc(spec.n),
      category: '为老服务',
      contactName: spec.contactName
    })
    if (spec.archived) stored.push((await repos.organizations.archive(record.id)).record)
    else stored.push(record)
  }
  const workers: SocialWorker[] = []
  for (const spec of STORED_WORKERS) {
    const { record } = await repos.socialWorkers.create(workerDraft(spec.name, spec.n, null, []))
    if (spec.archived) workers.push((await repos.socialWorkers.archive(record.id)).record)
    else workers.push(record)
  }
  return { db, deps, communityIds, stored, workers }
}

type SetUp = Awaited<ReturnType<typeof setUp>>

const nameAt = (row: number) => `鼓楼区表格第${row}行服务中心`

/** The dry run's rows for the specs, numbered as the sheet's rows (from 2, with blank rows). */
function dryRunRows(
  specs: readonly { spec: RowSpec; gap: number }[],
  { communityIds, stored }: SetUp
): DryRunRow<OrganizationDraft>[] {
  let row = 1
  let previous = 100
  return specs.map(({ spec, gap }): DryRunRow<OrganizationDraft> => {
    row += 1 + gap
    const common = { row, errors: [], warnings: [], cells: [] }
    if (spec.kind === 'error') {
      const issue = {
        row,
        column: '组织名称',
        columnIndex: 0,
        level: 'error' as const,
        message: '必须填写'
      }
      return {
        ...common,
        label: '',
        status: 'error',
        draft: null,
        patch: null,
        match: null,
        errors: [issue]
      }
    }
    if (spec.kind === 'new') {
      const n = spec.n ?? previous
      previous = n
      const communities = { none: [], known: [communityIds[0]!], gone: [GONE_COMMUNITY] }
      return {
        ...common,
        label: nameAt(row),
        status: 'new',
        draft: {
          ...organizationImport.blankDraft(context()),
          name: nameAt(row),
          uscc: uscc(n),
          category: '为老服务',
          communityIds: communities[spec.community],
          staffCount: spec.ruleBreaking ? -1 : 3
        },
        patch: null,
        match: null
      }
    }
    const target = stored[spec.stored]!
    const patch: Partial<OrganizationDraft> =
      spec.change === null
        ? {}
        : 'uscc' in spec.change
          ? { uscc: uscc(spec.change.uscc) }
          : { contactName: spec.change.contactName }
    return {
      ...common,
      label: target.name,
      status: 'existing',
      draft: { ...organizationImport.blankDraft(context()), ...patch } as OrganizationDraft,
      patch,
      match: {
        id: target.id,
        label: target.name,
        archived: target.archivedAt !== null,
        by: '统一社会信用代码'
      }
    }
  })
}

// ---------------------------------------------------------------------------------------------
// The model: the repository's rules replayed on a copy of what is stored.

interface ModelOrganization {
  /** The stored id, or null for one the import creates. */
  id: string | null
  name: string
  uscc: string
  contactName: string
  /** Changed by an update the import wrote. */
  touched: boolean
}

interface ModelResult {
  outcome: Omit<ImportOutcome, 'importId' | 'failed'>
  failed: { chunk: number; rows: number[]; row: number; reason: string }[]
  organizations: ModelOrganization[]
  /** Per written batch: its number and its counts. */
  batches: { chunk: number; created: number; updated: number }[]
}

function modelImport(
  rows: readonly DryRunRow<OrganizationDraft>[],
  stored: readonly Organization[],
  existing: ExistingChoice,
  chunkSize: number
): ModelResult {
  let state: ModelOrganization[] = stored.map((organization) => ({
    id: organization.id,
    name: organization.name,
    uscc: organization.uscc!,
    contactName: organization.contactName,
    touched: false
  }))
  const written = rows.filter((row) => row.status !== 'error' && row.draft !== null)
  const chunks: (typeof written)[] = []
  for (let at = 0; at < written.length; at += chunkSize) {
    chunks.push(written.slice(at, at + chunkSize))
  }
  const result: ModelResult = {
    outcome: { created: 0, updated: 0, unchanged: 0, skipped: 0, cancelled: false, notWritten: [] },
    failed: [],
    organizations: [],
    batches: []
  }

  chunks.forEach((chunk, index) => {
    const plans = chunk.map((row) =>
      !row.match ? 'create' : existing === 'update' && !row.match.archived ? 'update' : 'skip'
    )
    const tentative = state.map((organization) => ({ ...organization }))
    /** Who holds `code`, other than `self` (the stored record an update changes). */
    const holderOf = (code: string, self: string | null) =>
      tentative.find(
        (organization) => organization.uscc === code && (self === null || organization.id !== self)
      )
    const tally = { created: 0, updated: 0, unchanged: 0 }
    /** Why a created row is refused by the cross-record checks, or null. */
    const crossReason = (draft: OrganizationDraft, earlier: Map<string, string> | null) => {
      const holder = holderOf(draft.uscc!, null)
      const first = earlier?.get(draft.uscc!)
      const usccReason = holder
        ? `统一社会信用代码 ${draft.uscc} 已被“${holder.name}”`
        : first !== undefined
          ? `统一社会信用代码 ${draft.uscc} 与同批的“${first}”重复`
          : null
      const communityReason = draft.communityIds.includes(GONE_COMMUNITY)
        ? '服务社区中有 1 个社区不存在'
        : null
      return usccReason ?? communityReason
    }
    const created = (draft: OrganizationDraft) =>
      tentative.push({
        id: null,
        name: draft.name,
        uscc: draft.uscc!,
        contactName: draft.contactName,
        touched: true
      })

    let failure: { row: number; reason: string } | null = null
    let at = 0
    while (at < chunk.length && failure === null) {
      let run = 0
      while (at + run < chunk.length && plans[at + run] === 'create') run += 1
      if (run > 1) {
        // createMany: every row's rule first, then every row's cross-checks, as one batch.
        const batch = chunk.slice(at, at + run)
        const breaking = batch.find((row) => row.draft!.staffCount < 0)
        if (breaking) {
          failure = { row: breaking.row, reason: '专职人数' }
          break
        }
        const earlier = new Map<string, string>()
        for (const row of batch) {
          const reason = crossReason(row.draft!, earlier)
          if (reason) {
            failure = { row: row.row, reason }
            break
          }
          earlier.set(row.draft!.uscc!, row.draft!.name)
        }
        if (failure) break
        batch.forEach((row) => created(row.draft!))
        tally.created += run
        at += run
        continue
      }
      const row = chunk[at]!
      if (plans[at] === 'create') {
        const reason = row.draft!.staffCount < 0 ? '专职人数' : crossReason(row.draft!, null)
        if (reason) {
          failure = { row: row.row, reason }
          break
        }
        created(row.draft!)
        tally.created += 1
      } else if (plans[at] === 'update') {
        const target = tentative.find((organization) => organization.id === row.match!.id)!
        const patch = row.patch ?? {}
        const holder = patch.uscc ? holderOf(patch.uscc, target.id) : undefined
        if (holder) {
          failure = { row: row.row, reason: `统一社会信用代码 ${patch.uscc} 已被“${holder.name}”` }
          break
        }
        const changes =
          (patch.uscc !== undefined && patch.uscc !== target.uscc) ||
          (patch.contactName !== undefined && patch.contactName !== target.contactName)
        Object.assign(target, patch)
        target.touched ||= changes
        if (changes) tally.updated += 1
        else tally.unchanged += 1
      }
      at += 1
    }

    result.outcome.skipped += plans.filter((plan) => plan === 'skip').length
    if (failure) {
      result.failed.push({
        chunk: index + 1,
        rows: chunk.filter((_, position) => plans[position] !== 'skip').map((row) => row.row),
        ...failure
      })
      return
    }
    state = tentative
    result.outcome.created += tally.created
    result.outcome.updated += tally.updated
    result.outcome.unchanged += tally.unchanged
    result.batches.push({ chunk: index + 1, created: tally.created, updated: tally.updated })
  })
  result.organizations = state
  return result
}

// ---------------------------------------------------------------------------------------------

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name)

/** The audit entries written since `before`, in the order they were written. */
async function auditAfter(db: ShelianDatabase, before: readonly { id: string }[]) {
  const known = new Set(before.map((entry) => entry.id))
  const serial = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1))
  return (await db.auditLog.toArray())
    .filter((entry) => !known.has(entry.id))
    .sort((a, b) => a.at.localeCompare(b.at) || serial(a.id) - serial(b.id))
}

describe('writing a random dry run', () => {
  it('writes exactly the batches the rules accept and leaves no trace of a refused one', async () => {
    await fc.assert(
      fc.asyncProperty(importArb, async ({ rows: specs, chunkSize, existing }) => {
        const setup = await setUp()
        const { db, deps, stored } = setup
        const rows = dryRunRows(specs, setup)
        const before = await snapshot(db)
        const model = modelImport(rows, stored, existing, chunkSize)

        const outcome = await createImportRepository(db, deps).importRows({
          entity: 'organizations',
          fileName: '社会组织.xlsx',
          rows,
          existing,
          chunkSize
        })

        // The outcome: counts, and each refused batch with its rows and the row that failed it.
        expect({ ...outcome, importId: undefined, failed: undefined }).toEqual({
          ...model.outcome,
          importId: undefined,
          failed: undefined
        })
        expect(
          outcome.failed.map(({ chunk, rows: failedRows }) => ({ chunk, rows: failedRows }))
        ).toEqual(model.failed.map(({ chunk, rows: failedRows }) => ({ chunk, rows: failedRows })))
        outcome.failed.forEach((failed, index) => {
          const expected = model.failed[index]!
          expect(failed.message.startsWith(`第 ${expected.row} 行：`), failed.message).toBe(true)
          expect(failed.message).toContain(expected.reason)
          expect(failed.message.slice(`第 ${expected.row} 行：`.length)).toMatch(HAN)
        })

        // The organisations: the stored ones as the accepted batches left them, the new ones
        // exactly those of the accepted batches; nothing else anywhere.
        const after = await snapshot(db)
        const organizations = after.organizations as Organization[]
        expect(
          organizations
            .map(({ name, uscc: code, contactName }) => ({ name, uscc: code, contactName }))
            .sort(byName)
        ).toEqual(
          model.organizations
            .map(({ name, uscc: code, contactName }) => ({ name, uscc: code, contactName }))
            .sort(byName)
        )
        for (const original of before.organizations as Organization[]) {
          const modelled = model.organizations.find(
            (organization) => organization.id === original.id
          )!
          if (modelled.touched) continue
          expect(
            organizations.find((organization) => organization.id === original.id),
            original.name
          ).toEqual(original)
        }
        for (const table of Object.keys(before)) {
          if (table === 'organizations' || table === 'auditLog') continue
          expect(after[table], table).toEqual(before[table])
        }

        // The audit log: per written batch its import entry, a create entry per new record, an
        // update entry per changed one; nothing of a refused batch.
        const log = await auditAfter(db, before.auditLog as { id: string }[])
        const imports = log.filter((entry) => entry.action === 'import')
        expect(imports.map((entry) => entry.recordId)).toEqual(
          model.batches.map(() => outcome.importId)
        )
        imports.forEach((entry, index) => {
          const batch = model.batches[index]!
          expect(entry.summary).toMatch(
            new RegExp(
              `第 ${batch.chunk} / \\d+ 批.*新增 ${batch.created} 条，更新 ${batch.updated} 条`
            )
          )
        })
        const createdIds = organizations
          .filter((organization) => !stored.some((original) => original.id === organization.id))
          .map((organization) => organization.id)
        expect(
          log
            .filter((entry) => entry.action === 'create')
            .map((entry) => entry.recordId)
            .sort()
        ).toEqual(createdIds.sort())
        expect(log.filter((entry) => entry.action === 'update')).toHaveLength(model.outcome.updated)
        expect(log.length).toBe(imports.length + createdIds.length + model.outcome.updated)
        db.close()
      }),
      propertyRuns(RUNS)
    )
  }, 60_000)
})

// ---------------------------------------------------------------------------------------------
// 社工: a registry without a batch cross-check, so `createMany` checks and adds each row before
// the next (record-repository.ts) — the other path a batch of new rows takes.

type WorkerSpec =
  | { kind: 'error' }
  | {
      kind: 'new'
      /** The certificate's `n`: 1–2 are stored, 3–5 meet each other; null breaks the rule. */
      n: number | null
      employer: 'none' | 'known' | 'gone'
      community: 'none' | 'known' | 'gone'
    }

const workerArb: fc.Arbitrary<WorkerSpec> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'error' as const }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('new' as const),
      n: fc.oneof(
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) },
        { weight: 3, arbitrary: fc.integer({ min: 3, max: 5 }) },
        { weight: 4, arbitrary: fc.integer({ min: 6, max: 60 }) },
        { weight: 1, arbitrary: fc.constant(null) }
      ),
      employer: fc.oneof(
        { weight: 3, arbitrary: fc.constant('none' as const) },
        { weight: 2, arbitrary: fc.constant('known' as const) },
        { weight: 1, arbitrary: fc.constant('gone' as const) }
      ),
      community: fc.oneof(
        { weight: 3, arbitrary: fc.constant('none' as const) },
        { weight: 2, arbitrary: fc.constant('known' as const) },
        { weight: 1, arbitrary: fc.constant('gone' as const) }
      )
    })
  }
)

const workerNameAt = (row: number) => `表格第${row}行社工`

function workerRows(
  specs: readonly { spec: WorkerSpec; gap: number }[],
  { communityIds, stored }: SetUp
): DryRunRow<SocialWorkerDraft>[] {
  let row = 1
  return specs.map(({ spec, gap }): DryRunRow<SocialWorkerDraft> => {
    row += 1 + gap
    const common = { row, errors: [], warnings: [], cells: [], patch: null, match: null }
    if (spec.kind === 'error') {
      return { ...common, label: '', status: 'error', draft: null }
    }
    const employers = { none: null, known: stored[0]!.id, gone: GONE_EMPLOYER }
    const communities = { none: [], known: [communityIds[1]!], gone: [GONE_COMMUNITY] }
    return {
      ...common,
      label: workerNameAt(row),
      status: 'new',
      draft: workerDraft(
        workerNameAt(row),
        spec.n,
        employers[spec.employer],
        communities[spec.community]
      )
    }
  })
}

/** Which batches the rules refuse, at which row and why; the names of the workers written. */
function modelWorkers(
  rows: readonly DryRunRow<SocialWorkerDraft>[],
  stored: readonly SocialWorker[],
  chunkSize: number
) {
  const holders = new Map(stored.map((worker) => [worker.certNo!, worker.name]))
  const written = rows.filter((row) => row.status !== 'error' && row.draft !== null)
  const failed: { chunk: number; rows: number[]; row: number; reason: string }[] = []
  const names: string[] = []
  const batches: { chunk: number; created: number }[] = []
  for (let at = 0, chunk = 1; at < written.length; at += chunkSize, chunk += 1) {
    const batch = written.slice(at, at + chunkSize)
    const reasonOf = (draft: SocialWorkerDraft, seen: Map<string, string>) => {
      const holder = draft.certNo ? seen.get(draft.certNo) : undefined
      if (holder !== undefined) return `证书编号 ${draft.certNo} 已登记给“${holder}”`
      if (draft.employerId === GONE_EMPLOYER) return '所选工作单位不存在'
      if (draft.communityIds?.includes(GONE_COMMUNITY)) return '服务社区中有 1 个社区不存在'
      return null
    }
    // Every row's rule first, then each row's checks against the stored and the rows before it.
    const breaking = batch.find((row) => row.draft!.certNo === null)
    let failure = breaking ? { row: breaking.row, reason: '持证社工须填写证书编号' } : null
    const seen = new Map(holders)
    for (const row of failure ? [] : batch) {
      const reason = reasonOf(row.draft!, seen)
      if (reason) {
        failure = { row: row.row, reason }
        break
      }
      seen.set(row.draft!.certNo!, row.draft!.name)
    }
    if (failure) {
      failed.push({ chunk, rows: batch.map((row) => row.row), ...failure })
      continue
    }
    for (const row of batch) {
      holders.set(row.draft!.certNo!, row.draft!.name)
      names.push(row.draft!.name)
    }
    batches.push({ chunk, created: batch.length })
  }
  return { failed, names, batches }
}

describe('writing a random dry run of 社工', () => {
  it('writes exactly the batches the rules accept, checking each row against the ones before', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ spec: workerArb, gap: fc.nat({ max: 2 }) }), { maxLength: 14 }),
        fc.integer({ min: 1, max: 8 }),
        async (specs, chunkSize) => {
          const setup = await setUp()
          const { db, deps, workers } = setup
          const rows = workerRows(specs, setup)
          const before = await snapshot(db)
          const model = modelWorkers(rows, workers, chunkSize)

          const outcome = await createImportRepository(db, deps).importRows({
            entity: 'socialWorkers',
            fileName: '社工.xlsx',
            rows,
            existing: 'skip',
            chunkSize
          })

          expect(outcome.created).toBe(model.names.length)
          expect(
            outcome.failed.map(({ chunk, rows: failedRows }) => ({ chunk, rows: failedRows }))
          ).toEqual(
            model.failed.map(({ chunk, rows: failedRows }) => ({ chunk, rows: failedRows }))
          )
          outcome.failed.forEach((failed, index) => {
            const expected = model.failed[index]!
            expect(failed.message.startsWith(`第 ${expected.row} 行：`), failed.message).toBe(true)
            expect(failed.message).toContain(expected.reason)
          })

          const after = await snapshot(db)
          const added = (after.socialWorkers as SocialWorker[]).filter(
            (worker) => !workers.some((original) => original.id === worker.id)
          )
          expect(added.map((worker) => worker.name).sort()).toEqual([...model.names].sort())
          for (const table of Object.keys(before)) {
            if (table === 'socialWorkers' || table === 'auditLog') continue
            expect(after[table], table).toEqual(before[table])
          }
          for (const original of before.socialWorkers as SocialWorker[]) {
            expect(after.socialWorkers, original.name).toContainEqual(original)
          }
          const log = await auditAfter(db, before.auditLog as { id: string }[])
          expect(
            log.filter((entry) => entry.action === 'import').map((entry) => entry.summary)
          ).toEqual(
            model.batches.map((batch) =>
              expect.stringMatching(
                new RegExp(`第 ${batch.chunk} / \\d+ 批.*新增 ${batch.created} 条，更新 0 条`)
              )
            )
          )
          expect(
            log
              .filter((entry) => entry.action === 'create')
              .map((entry) => entry.recordId)
              .sort()
          ).toEqual(added.map((worker) => worker.id).sort())
          expect(log).toHaveLength(model.batches.length + added.length)
          db.close()
        }
      ),
      propertyRuns(WORKER_RUNS)
    )
  }, 60_000)
})
