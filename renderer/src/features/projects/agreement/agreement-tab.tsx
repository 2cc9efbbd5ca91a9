/**
 * 协议与变更: the project's agreement through its life. Before there is one, 起草协议; while it is
 * 草拟, 编辑 and 签订 (which signs the project too); once 已签订, read-only with the lock stated,
 * the terms in force (the agreement plus its approved amendments) and the amendments, where a
 * change is requested and decided.
 */
import { useState } from 'react'
import { Alert, Button, Empty, Flex, Space, Spin, Tooltip, Typography } from 'antd'
import { TitledSection } from '@renderer/components/titled-section'
import { useById, useSocialWorkers } from '@renderer/components/use-registry'
import { useGeneralSettings } from '@renderer/db/use-settings'
import { todayInChina } from '@shared/domain/dates'
import {
  agreementLockedReason,
  effectiveAgreement,
  type Agreement,
  type Amendment
} from '@shared/domain/projects/agreement'
import { projectWorkRefusal, type Project } from '@shared/domain/projects/project'
import { useProjectAgreement, useProjectHistory, type ProjectRelated } from '../use-project-data'
import { AgreementFormDrawer } from './agreement-form'
import { AgreementView } from './agreement-view'
import { AmendmentList } from './amendment-list'
import { AmendmentRequestModal } from './amendment-request-modal'
import { SignAgreementModal } from './sign-agreement-modal'
import { AGREEMENT_STRINGS as S } from './strings'

type Dialog = 'draft' | 'edit' | 'sign' | 'amend' | null

export interface AgreementTabProps {
  project: Project
  /** What the project names, read once by its page; undefined while loading. */
  related: ProjectRelated | undefined
}

export function AgreementTab({ project, related }: AgreementTabProps) {
  const data = useProjectAgreement(project.id)
  const general = useGeneralSettings()
  const [dialog, setDialog] = useState<Dialog>(null)
  const [today] = useState(todayInChina)
  if (!data || !related || !general) return <Spin />
  const { agreement, amendments } = data
  // Closed, terminated or archived: the agreement and its amendments are history.
  const refusal = projectWorkRefusal(project, 'edit')
  const close = () => setDialog(null)

  return (
    <Flex vertical gap="large">
      {agreement === undefined ? (
        <Empty description={S.noAgreement}>
          {refusal ? (
            <Typography.Paragraph type="secondary">
              {S.noAgreementClosed(project.status)}
            </Typography.Paragraph>
          ) : (
            <>
              <Typography.Paragraph type="secondary">{S.noAgreementText}</Typography.Paragraph>
              <Button type="primary" onClick={() => setDialog('draft')}>
                {S.draft}
              </Button>
            </>
          )}
        </Empty>
      ) : agreement.status === '草拟' ? (
        <DraftAgreement
          agreement={agreement}
          refusal={refusal}
          onEdit={() => setDialog('edit')}
          onSign={() => setDialog('sign')}
        />
      ) : (
        <SignedAgreement
          project={project}
          agreement={agreement}
          amendments={amendments}
          refusal={refusal}
          onAmend={() => setDialog('amend')}
        />
      )}

      {dialog === 'draft' || (dialog === 'edit' && agreement) ? (
        <AgreementFormDrawer
          project={project}
          agreement={dialog === 'edit' ? agreement : undefined}
          prefill={{
            organizationName: related.organizationName,
            officeName: general.officeName,
            today
          }}
          onClose={close}
        />
      ) : null}
      {dialog === 'sign' && agreement ? (
        <SignAgreementModal agreement={agreement} onClose={close} />
      ) : null}
      {dialog === 'amend' && agreement ? (
        <AmendmentRequestModal
          project={project}
          agreement={agreement}
          effective={effectiveAgreement(agreement, amendments)}
          onClose={close}
        />
      ) : null}
    </Flex>
  )
}

function DraftAgreement({
  agreement,
  refusal,
  onEdit,
  onSign
}: {
  agreement: Agreement
  refusal: string | null
  onEdit(): void
  onSign(): void
}) {
  return (
    <TitledSection title={S.agreementTitle}>
      <Flex vertical gap="middle">
        <Alert type="info" showIcon title={refusal ?? S.draftNotice} />
        <Space>
          <Tooltip title={refusal}>
            <Button disabled={refusal !== null} onClick={onEdit}>
              {S.edit}
            </Button>
          </Tooltip>
          <Tooltip title={refusal}>
            <Button type="primary" disabled={refusal !== null} onClick={onSign}>
              {S.sign}
            </Button>
          </Tooltip>
        </Space>
        <AgreementView agreement={agreement} />
      </Flex>
    </TitledSection>
  )
}

function SignedAgreement({
  project,
  agreement,
  amendments,
  refusal,
  onAmend
}: {
  project: Project
  agreement: Agreement
  amendments: Amendment[]
  refusal: string | null
  onAmend(): void
}) {
  const history = useProjectHistory(project.id)
  const workers = useById(useSocialWorkers())
  const effective = effectiveAgreement(agreement, amendments)
  const teamNames = effective.socialWorkerIds?.map((id) => workers.get(id)?.name ?? S.unknownWorker)

  return (
    <>
      <Alert type="info" showIcon title={agreementLockedReason(agreement)} />
      <TitledSection title={S.effectiveTitle}>
        <AgreementView
          agreement={effective}
          teamNames={teamNames ?? null}
          note={S.effectiveNote(effective.applied.length)}
        />
      </TitledSection>
      <TitledSection title={S.amendmentsTitle}>
        <Flex vertical gap="middle">
          <Flex vertical gap="small" align="flex-start">
            <Tooltip title={refusal}>
              <Button disabled={refusal !== null} onClick={onAmend}>
                {S.requestAmendment}
              </Button>
            </Tooltip>
            {refusal ? (
              <Typography.Text type="secondary">
                {S.requestAmendment}：{refusal}
              </Typography.Text>
            ) : null}
          </Flex>
          {history ? (
            <AmendmentList
              agreement={agreement}
              amendments={amendments}
              projectTeam={project.socialWorkerIds}
              projectHistory={history}
              workers={workers}
              refusal={refusal}
            />
          ) : (
            <Spin />
          )}
        </Flex>
      </TitledSection>
    </>
  )
}
