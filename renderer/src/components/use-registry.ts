/**
 * Live rows of the three registries for the list pages, plus id → record maps for showing names
 * of linked records. Dexie's live queries re-run after every write, so lists stay current.
 *
 * A list page's address also says where the list starts: `?open=<id>` the record whose panel is
 * open, `?q=<text>` the search its grid starts with (see {@link recordInList},
 * {@link listSearchPath}), so a reminder, a search result or a log entry can open the very record
 * or the very selection.
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { App } from 'antd'
import { useLiveQuery } from '@renderer/db/live-query'
import { useSearchParams } from 'react-router'
import type { Community } from '@shared/domain/communities/community'
import type { Organization } from '@shared/domain/organizations/organization'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { useRepositories } from '@renderer/db/use-repositories'

/** The address parameter naming the record whose side panel is open. */
export const OPEN_PARAM = 'open'
/** The address parameter carrying the text a list's search box starts with. */
export const SEARCH_PARAM = 'q'

const STRINGS = {
  notFound: '找不到要打开的记录，它可能已被删除',
  archivedShown: (name: string) => `“${name}”已归档，已打开“显示已归档”`
} as const

/** `list` (a path, perhaps with `?tab=`) plus one more parameter. */
function withParam(list: string, name: string, value: string): string {
  return `${list}${list.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`
}

/** The address of a list page (e.g. `/linkage?tab=resources`) with record `id`'s panel open. */
export function recordInList(list: string, id: string): string {
  return withParam(list, OPEN_PARAM, id)
}

/** The address of a list page whose grid opens already searched by `text`. */
export function listSearchPath(list: string, text: string): string {
  return withParam(list, SEARCH_PARAM, text)
}

/**
 * The search text the address gives a list page's grid (`?q=`), for `<DataGrid initialSearch>`;
 * undefined when there is none.
 */
export function useListSearch(): string | undefined {
  const [params] = useSearchParams()
  return params.get(SEARCH_PARAM) ?? undefined
}

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
 * What every registry page keeps: whether archived records are shown, the rows that leaves, which
 * record's panel is open and the search the grid starts with ({@link useListSearch}).
 *
 * The open record is kept by id in the address (`?open=<id>`), so the panel follows the record
 * through live updates and a link can open it. Opening and closing replace the address entry
 * rather than push one: a panel is a glance at a row of the list, not a page, so Back leaves the
 * list for where the user came from instead of stepping back through every record looked at.
 * Other parameters (`?tab=` of the page hosting the list, `?q=`) stay as they are.
 *
 * An id that arrives in the address is checked once the rows are loaded: an unknown one is
 * dropped with a message, an archived one turns 显示已归档 on so its row can be seen. Pages whose
 * rows open a page of their own (社会组织, 社区) ignore the open record; nothing links there with
 * `?open=`.
 */
export function useRegistryView<T extends { id: string; archivedAt: string | null; name: string }>(
  rows: readonly T[] | undefined
) {
  const { message } = App.useApp()
  const [params, setParams] = useSearchParams()
  const [showArchived, setShowArchived] = useState(false)
  const visibleRows = useVisibleRows(rows, showArchived)
  const openId = params.get(OPEN_PARAM)
  const initialSearch = useListSearch()
  const openRecord = useMemo(
    () => (openId ? (rows?.find((row) => row.id === openId) ?? null) : null),
    [rows, openId]
  )

  const setOpenId = useCallback(
    (id: string | null) =>
      setParams(
        (current) => {
          if (id) current.set(OPEN_PARAM, id)
          else current.delete(OPEN_PARAM)
          return current
        },
        { replace: true }
      ),
    [setParams]
  )

  // The id last checked, or opened from the list (which needs no check): a record archived in
  // its open panel must not set off the arrival message. Forgotten when the panel closes.
  const checkedId = useRef<string | null>(null)
  const checkArrival = useEffectEvent((loaded: readonly T[], id: string) => {
    checkedId.current = id
    const record = loaded.find((row) => row.id === id)
    if (!record) {
      message.warning(STRINGS.notFound)
      setOpenId(null)
    } else if (record.archivedAt && !showArchived) {
      setShowArchived(true)
      message.info(STRINGS.archivedShown(record.name))
    }
  })
  useEffect(() => {
    if (!openId) checkedId.current = null
    else if (rows && openId !== checkedId.current) checkArrival(rows, openId)
  }, [rows, openId])

  const open = useCallback(
    (row: T) => {
      checkedId.current = row.id
      setOpenId(row.id)
    },
    [setOpenId]
  )
  const close = useCallback(() => setOpenId(null), [setOpenId])
  return { showArchived, setShowArchived, visibleRows, openRecord, open, close, initialSearch }
}
