/**
 * Live reads of the 需求清单 for its list and a need's page: components re-render when any write
 * lands, so a match recorded moves the need's status, its history and the suggestions at once.
 */
import { useLiveQuery } from '@renderer/db/live-query'
import type { AuditEntry } from '@shared/domain/audit'
import type { Need } from '@shared/domain/linkage/need'
import type { NeedMatch } from '@shared/domain/linkage/need-match'
import { useRepositories } from '@renderer/db/use-repositories'

/** Every need, archived and merged ones included; undefined while loading. */
export function useNeeds(): Need[] | undefined {
  const { needs } = useRepositories()
  return useLiveQuery(() => needs.listAll(), [needs])
}

/** The need, null when there is none with this id, undefined while loading. */
export function useNeed(id: string): Need | null | undefined {
  const { needs } = useRepositories()
  return useLiveQuery(async () => (await needs.get(id)) ?? null, [needs, id])
}

/** The need's matches, newest first, withdrawn ones included. */
export function useNeedMatches(needId: string): NeedMatch[] | undefined {
  const { needMatches } = useRepositories()
  return useLiveQuery(() => needMatches.listForNeed(needId), [needMatches, needId])
}

/** The need's audit trail; re-read when the need changes, so a step shows at once. */
export function useNeedHistory(need: Need): AuditEntry[] | undefined {
  const { needs } = useRepositories()
  return useLiveQuery(() => needs.history(need.id), [needs, need.id, need.updatedAt])
}
