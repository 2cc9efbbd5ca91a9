/**
 * What each amendment changes, as 变更前 → 变更后 rows. "Before" is the terms in force when the
 * amendment applies: the agreement with the approved amendments numbered before it (the order
 * effectiveAgreement applies them in); a pending one is judged against everything approved so far.
 */
import type { AuditEntry } from '@shared/domain/audit'
import type { Fen } from '@shared/domain/money'
import {
  effectiveAgreement,
  type Agreement,
  type Amendment
} from '@shared/domain/projects/agreement'

export type ChangeRow =
  | { field: 'amountFen'; before: Fen; after: Fen }
  | { field: 'endOn'; before: string; after: string }
  | { field: 'terms'; before: string; after: string }
  /** `before` is null when the team at signing can no longer be found. */
  | { field: 'socialWorkerIds'; before: string[] | null; after: string[] }

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id))

/**
 * The team the agreement was signed with. An approved team change rewrites the project's team, so
 * once there is one the signed team is read back from the project's history: the change that
 * wrote the first amended team holds the team before it.
 */
export function signedTeam(
  projectTeam: readonly string[],
  amendments: readonly Amendment[],
  history: readonly AuditEntry[]
): string[] | null {
  const first = amendments
    .filter((amendment) => amendment.status === '已批准' && amendment.changes.socialWorkerIds)
    .sort((a, b) => a.no - b.no)[0]
  if (!first) return [...projectTeam]
  const amended = first.changes.socialWorkerIds!
  const entry = history.find((candidate) => {
    const change = candidate.changes?.socialWorkerIds
    return Array.isArray(change?.[1]) && sameMembers(change[1] as string[], amended)
  })
  const before = entry?.changes?.socialWorkerIds?.[0]
  return Array.isArray(before) ? (before as string[]) : null
}

/** The rows of `amendment`, in the order amount, end date, terms, team. */
export function changeRows(
  amendment: Amendment,
  agreement: Agreement,
  amendments: readonly Amendment[],
  teamAtSigning: readonly string[] | null
): ChangeRow[] {
  const earlier =
    amendment.status === '待审批'
      ? amendments
      : amendments.filter((candidate) => candidate.no < amendment.no)
  const before = effectiveAgreement(agreement, earlier)
  const team = before.socialWorkerIds ?? (teamAtSigning ? [...teamAtSigning] : null)
  const { amountFen, endOn, terms, socialWorkerIds } = amendment.changes
  const rows: ChangeRow[] = []
  if (amountFen !== undefined)
    rows.push({ field: 'amountFen', before: before.amountFen, after: amountFen })
  if (endOn !== undefined) rows.push({ field: 'endOn', before: before.endOn, after: endOn })
  if (terms !== undefined) rows.push({ field: 'terms', before: before.terms, after: terms })
  if (socialWorkerIds !== undefined) {
    rows.push({ field: 'socialWorkerIds', before: team, after: socialWorkerIds })
  }
  return rows
}
