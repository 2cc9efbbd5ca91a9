/**
 * Schema version 6 (issue #7): 三社联动 arrives — `resources` (资源清单), `needs` (需求清单) and
 * `needMatches` (对接记录). Nothing stored before changes, so the database upgrade needs no
 * function; a v5 backup gains the new tables, empty.
 *
 * Self-contained on purpose (see v2.ts): the names below are frozen copies of what v5 had.
 */

/** The table names v5 had; anything else in a v5 backup is not ours. */
export const V5_TABLE_NAMES: readonly string[] = [
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
  'catalogueItems',
  'agreements',
  'amendments',
  'payments',
  'activities',
  'projectEvaluations',
  'mutualEvaluations',
  'auditLog'
]

/** The tables v6 adds, empty in an upgraded database or backup. */
export const V6_NEW_TABLES: readonly string[] = ['resources', 'needs', 'needMatches']

/** v5 backup tables → v6: every row carried as it is, the new tables empty. */
export function migrateBackupTablesToV6(
  tables: Record<string, unknown[]>
): Record<string, unknown[]> {
  const carried = Object.fromEntries(
    V5_TABLE_NAMES.map((name) => [name, [...(tables[name] ?? [])]])
  )
  return { ...carried, ...Object.fromEntries(V6_NEW_TABLES.map((name) => [name, []])) }
}
