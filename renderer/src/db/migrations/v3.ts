/**
 * Schema version 3 (issue #4): the incubation tables arrive — `incubations` (stays),
 * `incubationServices` (service log) and `evaluations` (capacity assessments now, project
 * evaluations later) — and each organisation's 年检 entries gain a `mode` (年检 or 年报), which
 * every entry written before v3 was: 年检.
 *
 * Self-contained on purpose (see v2.ts): the types below are frozen copies of what v2 stored,
 * and the step must give the same result however the app changes later.
 */

/** A v2 年检 entry, exactly as v2 wrote it. */
export interface V2AnnualCheck {
  year: number
  conclusion: string
}

/** A v3 年检 entry. */
export interface V3AnnualCheck extends V2AnnualCheck {
  mode: '年检' | '年报'
}

/** The one v2 organisation field this step reads; everything else is carried as it is. */
export interface V2OrganizationRow {
  annualChecks: V2AnnualCheck[]
  [field: string]: unknown
}

/** A v2 organisation row → v3: entries without a mode were 年检 (the only kind v2 knew). */
export function upgradeOrganizationToV3(row: V2OrganizationRow): V2OrganizationRow {
  return {
    ...row,
    annualChecks: row.annualChecks.map((check): V3AnnualCheck => ({
      ...check,
      mode: (check as Partial<V3AnnualCheck>).mode ?? '年检'
    }))
  }
}

/** The table names v2 had; anything else in a v2 backup is not ours. */
export const V2_TABLE_NAMES: readonly string[] = [
  'settings',
  'communities',
  'organizations',
  'socialWorkers',
  'auditLog'
]

export interface V2Tables {
  settings: unknown[]
  communities: unknown[]
  organizations: V2OrganizationRow[]
  socialWorkers: unknown[]
  auditLog: unknown[]
}

/** v2 backup tables → v3: organisations upgraded, other rows carried, the new tables empty. */
export function migrateBackupTablesToV3(tables: V2Tables): Record<string, unknown[]> {
  return {
    settings: [...tables.settings],
    communities: [...tables.communities],
    organizations: tables.organizations.map(upgradeOrganizationToV3),
    socialWorkers: [...tables.socialWorkers],
    auditLog: [...tables.auditLog],
    incubations: [],
    incubationServices: [],
    evaluations: []
  }
}
