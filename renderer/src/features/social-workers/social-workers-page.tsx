/**
 * 社工: social workers with their certificates, employers, the communities they serve and how
 * many projects each is delivering; 只看登记到期 narrows the list to those who must re-register.
 * 新建社工 adds one, whose panel then opens; a row opens its panel, where it is edited, archived
 * or restored.
 */
import { useMemo, useState } from 'react'
import { Button, Checkbox, Flex, Tooltip } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useLiveQuery } from '@renderer/db/live-query'
import { DataGrid } from '@renderer/components/data-grid'
import { RegistryPage } from '@renderer/components/registry-page'
import {
  useById,
  useCommunities,
  useOrganizations,
  useSocialWorkers,
  useRegistryView
} from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { todayInChina } from '@shared/domain/dates'
import {
  REGISTRATION_WARNING_DAYS,
  registrationWarning,
  type SocialWorker
} from '@shared/domain/social-workers/social-worker'
import { socialWorkerColumns, socialWorkerId } from './social-worker-columns'
import { SocialWorkerFormDrawer } from './social-worker-form'
import { SocialWorkerPanel } from './social-worker-panel'
import { SOCIAL_WORKER_STRINGS as S } from './strings'

const NO_WORKLOAD: ReadonlyMap<string, number> = new Map()

/** The form: a new worker, or the worker being edited. */
type FormTarget = { worker: SocialWorker | null }

export function SocialWorkersPage() {
  const { linkage } = useRepositories()
  const workers = useSocialWorkers()
  const workload = useLiveQuery(() => linkage.workload(), [linkage])
  const organizationsById = useById(useOrganizations())
  const communitiesById = useById(useCommunities())
  const view = useRegistryView(workers)
  const [today] = useState(todayInChina)
  const [expiringOnly, setExpiringOnly] = useState(false)
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null)
  const columns = useMemo(
    () => socialWorkerColumns(organizationsById, workload ?? NO_WORKLOAD, today),
    [organizationsById, workload, today]
  )
  const expiring = useMemo(
    () => view.visibleRows.filter((w) => registrationWarning(w, today) !== null),
    [view.visibleRows, today]
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
      importEntity="socialWorkers"
      loading={workers === undefined || workload === undefined}
      showArchived={view.showArchived}
      onShowArchivedChange={view.setShowArchived}
    >
      <DataGrid<SocialWorker>
        rows={expiringOnly ? expiring : view.visibleRows}
        columns={columns}
        getRowId={socialWorkerId}
        search={search}
        searchPlaceholder={S.searchPlaceholder}
        initialSearch={view.initialSearch}
        storageKey="social-workers"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={view.open}
        toolbar={
          <Flex gap="middle" align="center" wrap>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setFormTarget({ worker: null })}
            >
              {S.create}
            </Button>
            <Tooltip title={S.expiringHint(REGISTRATION_WARNING_DAYS)}>
              <Checkbox
                checked={expiringOnly}
                onChange={(event) => setExpiringOnly(event.target.checked)}
              >
                {S.expiringOnly(expiring.length)}
              </Checkbox>
            </Tooltip>
          </Flex>
        }
      />
      <SocialWorkerPanel
        worker={view.openRecord}
        organizationsById={organizationsById}
        communitiesById={communitiesById}
        workload={workload ?? NO_WORKLOAD}
        today={today}
        onEdit={(worker) => setFormTarget({ worker })}
        onClose={view.close}
      />
      {formTarget ? (
        <SocialWorkerFormDrawer
          worker={formTarget.worker}
          onClose={() => setFormTarget(null)}
          onSaved={(worker) => {
            setFormTarget(null)
            view.open(worker)
          }}
        />
      ) : null}
    </RegistryPage>
  )
}
