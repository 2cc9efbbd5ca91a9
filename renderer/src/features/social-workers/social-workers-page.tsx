/** 社工: social workers with their certificates, employers and the communities they serve. */
import { useMemo } from 'react'
import { DataGrid } from '@renderer/components/data-grid'
import { RegistryPage } from '@renderer/components/registry-page'
import {
  useById,
  useCommunities,
  useOrganizations,
  useSocialWorkers,
  useRegistryView
} from '@renderer/components/use-registry'
import { todayInChina } from '@shared/domain/dates'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { socialWorkerColumns, socialWorkerId } from './social-worker-columns'
import { SocialWorkerPanel } from './social-worker-panel'
import { SOCIAL_WORKER_STRINGS as S } from './strings'

export function SocialWorkersPage() {
  const workers = useSocialWorkers()
  const organizationsById = useById(useOrganizations())
  const communitiesById = useById(useCommunities())
  const view = useRegistryView(workers)
  const today = todayInChina()
  const columns = useMemo(
    () => socialWorkerColumns(organizationsById, today),
    [organizationsById, today]
  )
  const search = useMemo(
    () => (w: SocialWorker) => ({
      text: `${w.name} ${w.certNo ?? ''} ${w.employerId ? (organizationsById.get(w.employerId)?.name ?? '') : ''}`,
      keys: w
    }),
    [organizationsById]
  )

  return (
    <RegistryPage
      title={S.pageTitle}
      loading={workers === undefined}
      showArchived={view.showArchived}
      onShowArchivedChange={view.setShowArchived}
    >
      <DataGrid<SocialWorker>
        rows={view.visibleRows}
        columns={columns}
        getRowId={socialWorkerId}
        search={search}
        searchPlaceholder={S.searchPlaceholder}
        storageKey="social-workers"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={view.open}
      />
      <SocialWorkerPanel
        worker={view.openRecord}
        organizationsById={organizationsById}
        communitiesById={communitiesById}
        today={today}
        onClose={view.close}
      />
    </RegistryPage>
  )
}
