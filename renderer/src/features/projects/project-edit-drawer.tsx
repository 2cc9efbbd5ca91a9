/**
 * 编辑 on a project's page for what the purchase form does not cover: a signed 政府购买服务
 * project's name and communities (its contract, team included, now changes by 变更), and a
 * 公益创投 project's team before signing. A 待签约 purchase is edited whole in the purchase form
 * (editsWholeContract). The repository judges the change and its refusals land at the fields.
 */
import { useMemo, useState } from 'react'
import { Alert, Form, Input, Select } from 'antd'
import {
  editableProjectRefusal,
  projectAllows,
  type Project
} from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { CommunitiesSelect } from '@renderer/components/communities-select'
import { FormDrawer } from '@renderer/components/form-drawer'
import { useFormDialog } from '@renderer/components/form-save'
import { useCommunities, useSocialWorkers } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { PROJECT_DETAIL_STRINGS as S } from './project-detail-strings'

interface Values {
  title?: string
  communityIds?: string[]
  socialWorkerIds?: string[]
}

const FIELDS = ['title', 'communityIds', 'socialWorkerIds'] as const

/** Whether the contract's own fields (the team among them) may still be edited directly. */
const contractEditable = (project: Project) =>
  editableProjectRefusal(project, ['socialWorkerIds']) === null

/**
 * Whether the page offers 编辑 for `project`: a purchase's name and communities stay editable
 * until it ends; a 公益创投 project has only its team here, a contract field.
 */
export function projectEditable(project: Project): boolean {
  return projectAllows(project, 'edit') && (project.purchase !== null || contractEditable(project))
}

/**
 * Whether 编辑 opens the purchase form with every contract field: a 政府购买服务 project whose
 * contract is still open (not yet signed). Otherwise it opens this drawer.
 */
export function editsWholeContract(project: Project): boolean {
  return project.purchase !== null && contractEditable(project)
}

/** Social workers to offer: those in use, the provider's own first, and any already chosen. */
export function teamOptions(workers: readonly SocialWorker[], project: Project) {
  return workers
    .filter((worker) => worker.archivedAt === null || project.socialWorkerIds.includes(worker.id))
    .sort(
      (a, b) =>
        Number(b.employerId === project.organizationId) -
        Number(a.employerId === project.organizationId)
    )
    .map((worker) => ({ value: worker.id, label: `${worker.name}（${worker.certLevel}）` }))
}

export function ProjectEditDrawer({ project, onClose }: { project: Project; onClose(): void }) {
  const { projects } = useRepositories()
  const communities = useCommunities()
  const workers = useSocialWorkers()
  const purchase = project.purchase !== null
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(FIELDS, onClose)
  const [initialValues] = useState<Values>(() => ({
    title: project.title,
    communityIds: project.communityIds,
    socialWorkerIds: project.socialWorkerIds
  }))
  const options = useMemo(() => teamOptions(workers ?? [], project), [workers, project])

  const submit = async () => {
    const values = getValues()
    await saveAndClose(S.editSaved, () =>
      purchase
        ? projects.updatePurchase(project.id, {
            title: values.title ?? '',
            communityIds: values.communityIds ?? []
          })
        : projects.setTeam(project.id, values.socialWorkerIds ?? [])
    )
  }

  return (
    <FormDrawer
      form={form}
      title={S.editTitle(project.title)}
      strings={S}
      saving={frame.saving}
      errors={frame.errors}
      onSave={() => void submit()}
      onClose={onClose}
    >
      {purchase ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={S.signedContractHint} />
      ) : null}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues}>
        {purchase ? (
          <>
            <Form.Item name="title" label={S.titleLabel} required>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
            <Form.Item name="communityIds" label={S.communitiesLabel}>
              <CommunitiesSelect communities={communities} chosen={project.communityIds} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="socialWorkerIds" label={S.teamLabel} extra={S.teamHint}>
            <Select
              mode="multiple"
              options={options}
              loading={workers === undefined}
              placeholder={S.teamPlaceholder}
              optionFilterProp="label"
            />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  )
}
