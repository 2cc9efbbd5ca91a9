/**
 * Freezes the migration fixture of the CURRENT schema version into fixtures/vN.jsonl: a small
 * demo set written the way the app writes it (设置 saved through the settings repository, the
 * records through bulkLoad, one ordinary edit), then every row of every store read back, with
 * the stores exactly as createDatabase declares them today.
 *
 * Run it once, when a schema version is released (right after bumping SCHEMA_VERSION), from the
 * repository root:
 *
 *     node tests/renderer/db/migrations/freeze-fixture.mjs
 *
 * and commit the new file. From then on the file is history: the script refuses to overwrite
 * it, and the migration test (schema-fixtures.test.ts) reads it as it is, so every later schema
 * must carry that version's rows forward.
 *
 * Fixtures v1–v5 were frozen after the fact, by running this script (adapted to each commit's
 * API) against the commit that released the version — for v4 the last v4 commit before issue
 * #6 reshaped projects, since the release commit had no 公益创投 rows yet; each file's `source`
 * names its commit.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { generateSampleData, type SampleData, type SampleScale } from '@shared/sample-data/generate'
import { createRepositories } from '@renderer/db/repositories'
import { createDatabase, SCHEMA_VERSION } from '@renderer/db/schema'
import { fixtureText, storesOf, type MigrationFixture } from './fixture-file'

/** The demo set's "today", as in the other database tests. */
const FIXTURE_TODAY = '2026-11-22'

/**
 * Big enough that every table gets rows (the eighth contract of a street office's cycle is the
 * first with a 双向评估, the sixth has a 变更), then cut down by {@link smallSet}.
 */
const FIXTURE_SCALE: Required<SampleScale> = {
  organizations: 8,
  communities: 6,
  socialWorkers: 6,
  incubations: 3,
  ventureApplications: 2,
  purchaseProjects: 8,
  needs: 3,
  resources: 3
}

/** Service records kept per project: a few show the shape, the rest only add bytes. */
const ACTIVITIES_PER_PROJECT = 3

/**
 * The sample cut to a fixture under 200 KB with every table still holding rows: the first
 * project (公益创投) and every project a 变更, a 双向评估 or a need match belongs to, with what
 * hangs off them; only the catalogue items those projects buy. bulkLoad checks the result like
 * any other set, so a cut that left a reference dangling fails here, not in the test.
 */
function smallSet(sample: SampleData): SampleData {
  const keep = new Set<string>([sample.projects[0]!.id])
  for (const row of [...sample.amendments, ...sample.mutualEvaluations, ...sample.needMatches]) {
    if (row.projectId !== null) keep.add(row.projectId)
  }
  const kept = <T extends { projectId: string | null }>(rows: readonly T[]) =>
    rows.filter((row) => row.projectId === null || keep.has(row.projectId))
  const projects = sample.projects.filter((project) => keep.has(project.id))
  const bought = new Set(projects.flatMap((project) => project.purchase?.catalogueItemIds ?? []))
  const perProject = new Map<string, number>()
  return {
    ...sample,
    projects,
    catalogueItems: sample.catalogueItems.filter((item) => bought.has(item.id)),
    agreements: kept(sample.agreements),
    amendments: kept(sample.amendments),
    payments: kept(sample.payments),
    activities: kept(sample.activities).filter((activity) => {
      const seen = (perProject.get(activity.projectId) ?? 0) + 1
      perProject.set(activity.projectId, seen)
      return seen <= ACTIVITIES_PER_PROJECT
    }),
    projectEvaluations: kept(sample.projectEvaluations),
    mutualEvaluations: kept(sample.mutualEvaluations),
    needMatches: kept(sample.needMatches)
  }
}

/** UUID-shaped ids in write order, so a re-run (on a fresh checkout) gives the same file. */
function fixtureIds(): () => string {
  let next = 0
  return () => `f1c70000-0000-4000-8000-${String(++next).padStart(12, '0')}`
}

/** 2026-11-22 09:30 in China, one second per reading. */
function fixtureClock(): () => Date {
  let at = Date.parse(`${FIXTURE_TODAY}T01:30:00.000Z`)
  return () => new Date((at += 1000))
}

/** The current version's fixture, built in a fresh in-memory IndexedDB. */
async function buildFixture(source: string): Promise<MigrationFixture> {
  const db = createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
  const repos = createRepositories(db, { now: fixtureClock(), newId: fixtureIds() })
  await repos.settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '鼓楼区军门社区孵化基地',
    backupKeep: 7
  })
  const sample = smallSet(generateSampleData({ today: FIXTURE_TODAY, scale: FIXTURE_SCALE }))
  await repos.bulkLoad(sample)
  // An ordinary edit, so the log holds a change with its before/after values too.
  const community = sample.communities[0]!
  await repos.communities.update(community.id, { households: community.households + 12 })

  const stores = storesOf(db)
  const tables: MigrationFixture['tables'] = {}
  for (const name of Object.keys(stores)) tables[name] = await db.table(name).toArray()
  db.close()
  return { schemaVersion: SCHEMA_VERSION, source, today: FIXTURE_TODAY, stores, tables }
}

/** Writes fixtures/v{SCHEMA_VERSION}.jsonl, unless it exists already. */
export async function freezeCurrentVersion(root: string): Promise<string> {
  const file = resolve(root, `tests/renderer/db/migrations/fixtures/v${SCHEMA_VERSION}.jsonl`)
  if (existsSync(file)) {
    throw new Error(
      `${file} 已存在：样本一旦提交即冻结，不能重新生成。/ The v${SCHEMA_VERSION} fixture is frozen; bump SCHEMA_VERSION first.`
    )
  }
  const fixture = await buildFixture(
    `freeze-fixture.ts at schema v${SCHEMA_VERSION}, ${new Date().toISOString().slice(0, 10)}`
  )
  writeFileSync(file, fixtureText(fixture))
  return file
}
