/**
 * The steps that carry a backup's tables from the schema version it was taken at up to the
 * current one, one version at a time. Each step lives in its version's file and is
 * self-contained; this list only strings them together.
 *
 * A backup older than the oldest step here cannot be restored (there is none yet: v1 is the
 * first schema). Every version adds its backup step here, and its migration test covers both
 * the database upgrade and the backup step.
 */
import { migrateBackupTablesToV2, V1_TABLE_NAMES, type V1Tables } from './v2'
import { migrateBackupTablesToV3, V2_TABLE_NAMES, type V2Tables } from './v3'
import { migrateBackupTablesToV4, V3_TABLE_NAMES } from './v4'
import { migrateBackupTablesToV5, V4_TABLE_NAMES } from './v5'
import { migrateBackupTablesToV6, V5_TABLE_NAMES } from './v6'

export interface BackupStep {
  /** The schema version the step starts from; it produces `from + 1`. */
  from: number
  /** Tables the starting version had; a backup naming any other table is refused. */
  tableNames: readonly string[]
  migrate(tables: Record<string, unknown[]>): Record<string, unknown[]>
}

export const BACKUP_STEPS: readonly BackupStep[] = [
  {
    from: 1,
    tableNames: V1_TABLE_NAMES,
    migrate: (tables) =>
      migrateBackupTablesToV2(tables as unknown as V1Tables) as unknown as Record<string, unknown[]>
  },
  {
    from: 2,
    tableNames: V2_TABLE_NAMES,
    migrate: (tables) => migrateBackupTablesToV3(tables as unknown as V2Tables)
  },
  { from: 3, tableNames: V3_TABLE_NAMES, migrate: migrateBackupTablesToV4 },
  { from: 4, tableNames: V4_TABLE_NAMES, migrate: migrateBackupTablesToV5 },
  { from: 5, tableNames: V5_TABLE_NAMES, migrate: migrateBackupTablesToV6 }
]

/** The step that starts at `version`, if any. */
export function backupStepFrom(version: number): BackupStep | undefined {
  return BACKUP_STEPS.find((step) => step.from === version)
}
