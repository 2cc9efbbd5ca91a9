/**
 * One 申报书: in 草稿 the whole form, checked against the round while it is typed; once
 * submitted (or withdrawn) what was submitted, read-only, with the 初审 result, the published
 * award and the steps still open. Its 办理经过, its audit trail, 归档 and the print view.
 */
import { useState } from 'react'
import { Alert, Breadcrumb, Button, Flex, Result, Space, Spin, Tag, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { Link, useNavigate, useParams } from 'react-router'
import { todayInChina } from '@shared/domain/dates'
import { editableFields, type Application } from '@shared/domain/venture/application'
import type { VentureRound } from '@shared/domain/venture/round'
import { ArchiveAction, RecordHistory } from '@renderer/components/record-panel'
import { useById, useCommunities, useSocialWorkers } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { useApplication, useRound } from '../use-venture-data'
import { ActionRefusals, ApplicationActionButtons, offeredActions } from './application-actions'
import { trackName } from './application-display'
import { ApplicationEvents } from './application-events'
import { ApplicationStatusTag } from './application-status-tag'
import { ApplicationContentView, AwardView, ScreeningView, Section } from './application-view'
import { DraftEditor } from './draft-editor'
import { APPLICATION_FIELD_LABELS, APPLICATION_STRINGS as S } from './strings'
import { useApplicant, useApplicationHistory } from './use-application-data'

export function ApplicationPage() {
  const { id = '' } = useParams()
  const application = useApplication(id)
  if (application === undefined) return <Spin />
  if (application === null) return <NotFound />
  return <ApplicationLoaded application={application} />
}

function NotFound() {
  return (
    <Result
      status="404"
      title={S.notFound}
      subTitle={S.notFoundText}
      extra={<Link to="/venture">{S.backToVenture}</Link>}
    />
  )
}

function ApplicationLoaded({ application }: { application: Application }) {
  const round = useRound(application.roundId)
  if (round === undefined) return <Spin />
  if (round === null) return <NotFound />
  return <ApplicationView application={application} round={round} />
}

/** Only a draft or a withdrawn application can be taken out of the lists. */
const ARCHIVABLE: readonly Application['status'][] = ['草稿', '已撤回']

function ApplicationView({
  application: a,
  round
}: {
  application: Application
  round: VentureRound
}) {
  const { applications } = useRepositories()
  const navigate = useNavigate()
  const organization = useApplicant(a.organizationId)
  // Read once here for the editor and the read-only view alike.
  const communities = useCommunities()
  const workers = useSocialWorkers()
  const communitiesById = useById(communities)
  const workersById = useById(workers)
  const history = useApplicationHistory(a)
  const [today] = useState(todayInChina)

  if (organization === undefined) return <Spin />
  const archived = a.archivedAt !== null
  const contentOpen = editableFields(a.status).length > 0
  const editable = contentOpen && !archived
  const offered = archived ? [] : offeredActions(a, round, today)
  const organizationName = organization?.name ?? S.unknownOrganization

  return (
    <Flex vertical gap="middle">
      <Space vertical size="small">
        <Breadcrumb
          items={[
            { title: <Link to="/venture">{S.ventureTitle}</Link> },
            { title: <Link to={`/venture/${round.id}`}>{round.name}</Link> },
            { title: a.title || '—' }
          ]}
        />
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {a.title || '—'}
          </Typography.Title>
          <span aria-label={S.statusLabel}>
            <ApplicationStatusTag status={a.status} />
          </span>
          {archived ? <Tag>{S.archivedTag}</Tag> : null}
        </Space>
        <Typography.Text type="secondary">
          {organization ? (
            <Link to={`/organizations/${organization.id}`}>{organizationName}</Link>
          ) : (
            organizationName
          )}{' '}
          · {trackName(round.tracks, a.track)}
        </Typography.Text>
        <Space wrap>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => navigate(`/venture/applications/${a.id}/print`)}
          >
            {S.print}
          </Button>
          {ARCHIVABLE.includes(a.status) ? (
            <ArchiveAction
              record={{ ...a, name: a.title || organizationName }}
              archive={applications.archive}
              restore={applications.restore}
            />
          ) : null}
        </Space>
      </Space>

      {archived ? <Alert type="info" showIcon title={S.archivedNotice} /> : null}

      {editable ? (
        <DraftEditor
          key={a.id}
          application={a}
          round={round}
          organization={organization}
          communities={communities}
          workers={workers}
          today={today}
        />
      ) : (
        <>
          {contentOpen ? null : <Alert type="info" showIcon title={S.lockedNotice(a.status)} />}
          {offered.some((offer) => offer.action !== 'submit') ? (
            <Flex vertical gap="small">
              <Space wrap>
                <ApplicationActionButtons application={a} offered={offered} />
              </Space>
              <ActionRefusals offered={offered} />
            </Flex>
          ) : null}
          {a.screening ? (
            <Section title={S.sectionScreening}>
              <ScreeningView screening={a.screening} />
            </Section>
          ) : null}
          {a.award ? (
            <Section title={S.sectionAward}>
              <AwardView award={a.award} />
            </Section>
          ) : null}
          <ApplicationContentView
            application={a}
            round={round}
            communitiesById={communitiesById}
            workersById={workersById}
          />
        </>
      )}

      <Flex gap="middle" wrap align="stretch">
        <div style={{ flex: '1 1 360px' }}>
          <Section title={S.eventsTitle}>
            <ApplicationEvents application={a} />
          </Section>
        </div>
        <div style={{ flex: '1 1 360px' }}>
          <Section title={S.historyTitle}>
            <RecordHistory entries={history} fieldLabels={APPLICATION_FIELD_LABELS} />
          </Section>
        </div>
      </Flex>
    </Flex>
  )
}
