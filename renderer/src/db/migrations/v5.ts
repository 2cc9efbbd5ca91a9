/**
 * Schema version 5 (issue #6): project delivery for both channels. New tables —
 * `catalogueItems` (购买服务目录), `agreements`, `amendments`, `payments`, `activities`,
 * `projectEvaluations` and `mutualEvaluations` (双向评估) — and every stored project gains the
 * fields delivery needs, all empty: a v4 project is a 公益创投 project waiting in 待签约, so it has
 * no period, indicators, team or purchase details yet.
 *
 * Self-contained on purpose (see v2.ts): the names and fields below are frozen copies.
 */

/** The table names v4 had; anything else in a v4 backup is not ours. */
export const V4_TABLE_NAMES: readonly string[] = [
  'settings',
  'communities',
  'organizations',
  'socialWorkers',
  'incubations',
  'incubationServices',
  'evaluations',
  'reviewers',
  'ventureRounds',
  'applications',
  'reviews',
  'projects',
  'auditLog'
]

/** The tables v5 adds, empty in an upgraded database or backup. */
export const V5_NEW_TABLES: readonly string[] = [
  'catalogueItems',
  'agreements',
  'amendments',
  'payments',
  'activities',
  'projectEvaluations',
  'mutualEvaluations'
]

/** A v4 project row: only what this step needs to know; everything else is carried. */
export interface V4ProjectRow {
  [field: string]: unknown
}

/** A v4 project → v5: the delivery fields, empty. A field already present is kept. */
export function upgradeProjectToV5(row: V4ProjectRow): V4ProjectRow {
  return {
    startOn: null,
    endOn: null,
    indicators: [],
    socialWorkerIds: [],
    purchase: null,
    closedOn: null,
    terminatedOn: null,
    terminationReason: null,
    ...row
  }
}

/** v4 backup tables → v5: projects upgraded, other rows carried, the new tables empty. */
export function migrateBackupTablesToV5(
  tables: Record<string, unknown[]>
): Record<string, unknown[]> {
  const carried = Object.fromEntries(
    V4_TABLE_NAMES.map((name) => [name, [...(tables[name] ?? [])]])
  )
  return {
    ...carried,
    projects: (tables.projects ?? []).map((row) => upgradeProjectToV5(row as V4ProjectRow)),
    ...Object.fromEntries(V5_NEW_TABLES.map((name) => [name, []]))
  }
}
