/**
 * Live rows of the three registries for the list pages, plus id → record maps for showing names
 * of linked records. Dexie's live queries re-run after every write, so lists stay current.
 */
import { useCallback, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Community } from '@shared/domain/communities/community'
import type { Organization } from '@shared/domain/organizations/organization'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { useRepositories } from '@renderer/db/use-repositories'

export function useOrganizations(): Organization[] | undefined {
  const { organizations } = useRepositories()
  return useLiveQuery(() => organizations.listAll(), [organizations])
}

export function useCommunities(): Community[] | undefined {
  const { communities } = useRepositories()
  return useLiveQuery(() => communities.listAll(), [communities])
}

export function useSocialWorkers(): SocialWorker[] | undefined {
  const { socialWorkers } = useRepositories()
  return useLiveQuery(() => socialWorkers.listAll(), [socialWorkers])
}

/**
 * The organisations `rows` name (by `organizationId`), by id: only those, read in one bulk get,
 * not the whole registry of 15,000. Undefined while `rows` or the organisations are loading.
 */
export function useOrganizationsOf(
  rows: readonly { organizationId: string }[] | undefined
): Map<string, Organization> | undefined {
  const { organizations } = useRepositories()
  const ids = useMemo(
    () => [...new Set((rows ?? []).map((row) => row.organizationId))].sort(),
    [rows]
  )
  const found = useLiveQuery(
    async () => (rows ? organizations.getMany(ids) : undefined),
    [organizations, ids, rows === undefined]
  )
  return useMemo(
    () =>
      found ? new Map(found.map((organization) => [organization.id, organization])) : undefined,
    [found]
  )
}

/** `id → record`, rebuilt only when the rows change. */
export function useById<T extends { id: string }>(rows: readonly T[] | undefined): Map<string, T> {
  return useMemo(() => new Map((rows ?? []).map((row) => [row.id, row])), [rows])
}

/** Rows without the archived ones, unless asked for; same array back when nothing is archived. */
function useVisibleRows<T extends { archivedAt: string | null }>(
  rows: readonly T[] | undefined,
  showArchived: boolean
): readonly T[] {
  return useMemo(() => {
    const all = rows ?? []
    if (showArchived || !all.some((row) => row.archivedAt)) return all
    return all.filter((row) => !row.archivedAt)
  }, [rows, showArchived])
}

/**
 * What every registry page keeps: whether archived records are shown, the rows that leaves, and
 * which record's panel is open (by id, so the panel follows the record through live updates).
 */
export function useRegistryView<T extends { id: string; archivedAt: string | null }>(
  rows: readonly T[] | undefined
) {
  const [showArchived, setShowArchived] = useState(false)
  const visibleRows = useVisibleRows(rows, showArchived)
  const [openId, setOpenId] = useState<string | null>(null)
  const openRecord = useMemo(
    () => (openId ? (rows?.find((row) => row.id === openId) ?? null) : null),
    [rows, openId]
  )
  const open = useCallback((row: T) => setOpenId(row.id), [])
  const close = useCallback(() => setOpenId(null), [])
  return { showArchived, setShowArchived, visibleRows, openRecord, open, close }
}
