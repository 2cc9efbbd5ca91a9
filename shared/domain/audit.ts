/**
 * The append-only audit log: who changed which record, when, and which fields. Written by the
 * repositories in the same transaction as the change itself.
 */

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'archive',
  'restore',
  'delete',
  'transition',
  'finalize',
  'import',
  'restore-backup',
  // A report saved as PDF (table `reports`, record = its 报告编号), and a confirmed request to
  // show personal data unmasked in one (PIPL: who saw full ID numbers, and when).
  'export',
  'reveal'
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  id: string
  /** ISO instant. */
  at: string
  /** 操作人 from 设置 at the time of the change. */
  operator: string
  table: string
  recordId: string
  action: AuditAction
  /** Field → [before, after] for updates; absent for actions on the whole record. */
  changes?: Record<string, [unknown, unknown]>
  /** What happened in words, for workflow steps: `出壳（孵化中 → 出壳）`. */
  summary?: string
}

/** Fields whose value differs, compared structurally; bookkeeping fields are left out. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: readonly string[] = ['updatedAt', 'pinyin', 'pinyinInitials']
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(key)) continue
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = [before[key] ?? null, after[key] ?? null]
    }
  }
  return changes
}
