/**
 * Appending to the audit log. Called only from inside a repository's write transaction, so an
 * entry lands exactly when its change does — and when the entry cannot be written, neither is
 * the change.
 */
import type { AuditAction, AuditEntry } from '@shared/domain/audit'
import { parseStoredGeneralSettings } from '@shared/domain/settings'
import type { ShelianDatabase, TableName } from '../schema'
import { GENERAL_SETTINGS_KEY } from './settings-repository'

/** Who a change is put down to while 设置 has no operator yet. */
export const NO_OPERATOR = '未设置操作人'

/** The operator named in 设置 now. Reads `settings`, so that table must be in the transaction. */
export async function currentOperator(db: ShelianDatabase): Promise<string> {
  const row = await db.settings.get(GENERAL_SETTINGS_KEY)
  return parseStoredGeneralSettings(row?.value).operatorName || NO_OPERATOR
}

export interface AuditInput {
  at: string
  table: TableName | 'backup' | 'reports' | 'workbooks'
  recordId: string
  action: AuditAction
  changes?: Record<string, [unknown, unknown]>
  summary?: string
}

/** The entry as stored. */
export function auditEntry(input: AuditInput, id: string, operator: string): AuditEntry {
  return {
    id,
    at: input.at,
    operator,
    table: input.table,
    recordId: input.recordId,
    action: input.action,
    ...(input.changes ? { changes: input.changes } : {}),
    ...(input.summary ? { summary: input.summary } : {})
  }
}

/** Builds the entry (operator from 设置) and adds it. Must run inside the write transaction. */
export async function appendAudit(
  db: ShelianDatabase,
  input: AuditInput,
  newId: () => string,
  operator?: string
): Promise<AuditEntry> {
  const entry = auditEntry(input, newId(), operator ?? (await currentOperator(db)))
  await db.auditLog.add(entry)
  return entry
}
