/**
 * Schema version 4 (issue #5): the 公益创投 tables arrive — `reviewers`, `ventureRounds`,
 * `applications`, `reviews` and `projects`. Nothing stored before changes, so the database
 * upgrade needs no function; a v3 backup gains the new tables, empty.
 *
 * Self-contained on purpose (see v2.ts): the names below are frozen copies of what v3 had.
 */

/** The table names v3 had; anything else in a v3 backup is not ours. */
export const V3_TABLE_NAMES: readonly string[] = [
  'settings',
  'communities',
  'organizations',
  'socialWorkers',
  'incubations',
  'incubationServices',
  'evaluations',
  'auditLog'
]

/** v3 backup tables → v4: every row carried as it is, the new tables empty. */
export function migrateBackupTablesToV4(
  tables: Record<string, unknown[]>
): Record<string, unknown[]> {
  const carried = Object.fromEntries(
    V3_TABLE_NAMES.map((name) => [name, [...(tables[name] ?? [])]])
  )
  return {
    ...carried,
    reviewers: [],
    ventureRounds: [],
    applications: [],
    reviews: [],
    projects: []
  }
}
