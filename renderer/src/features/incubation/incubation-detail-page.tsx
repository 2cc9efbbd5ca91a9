/**
 * One stay at the base: who, where and in what status; the steps the workflow offers now; what
 * happened so far; the service log and the assessments; archive and the audit trail.
 */
import { useState } from 'react'
import { Alert, Button, Divider, Empty, Flex, Space, Spin, Tag, Typography } from 'antd'
import { Link, useParams } from 'react-router'
import { useLiveQuery } from '@renderer/db/live-query'
import { todayInChina } from '@shared/domain/dates'
import { assessmentRefusal, type Incubation } from '@shared/domain/incubation/incubation'
import { ArchiveAction, RecordHistory } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import { useGradingSettings, useIncubationSettings } from '@renderer/db/use-settings'
import { AssessmentsSection } from './assessments-section'
import { IncubationActions } from './incubation-actions'
import { PlacementEditModal } from './placement-edit-modal'
import { ServiceLogSection } from './service-log-section'
import { StayFacts } from './stay-facts'
import { StayTimeline } from './stay-timeline'
import { IncubationStatusTag } from './status-tag'
import { INCUBATION_FIELD_LABELS, INCUBATION_STRINGS as S } from './strings'
import { useHistory, useIncubation, useStayAssessments } from './use-incubation-data'

export function IncubationDetailPage() {
  const { id = '' } = useParams()
  const stay = useIncubation(id)
  if (stay === undefined) return <Spin />
  if (stay === null) {
    return (
      <Empty description={S.notFound}>
        <Link to="/incubation">{S.backToList}</Link>
      </Empty>
    )
  }
  return <StayPage stay={stay} />
}

function StayPage({ stay }: { stay: Incubation }) {
  const { incubations, organizations } = useRepositories()
  const organization = useLiveQuery(
    async () => (await organizations.get(stay.organizationId)) ?? null,
    [organizations, stay.organizationId]
  )
  const assessments = useStayAssessments(stay.id)
  const settings = useIncubationSettings()
  const grading = useGradingSettings()
  const history = useHistory(incubations.history, stay.id)
  const [editing, setEditing] = useState(false)

  if (organization === undefined || !assessments || !settings || !grading) {
    return <Spin />
  }
  const organizationName = organization?.name ?? S.unknownOrganization
  const archived = stay.archivedAt !== null

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="flex-start" wrap gap="middle">
        <Space vertical size={4}>
          <Typography.Text type="secondary">
            <Link to="/incubation">{S.pageTitle}</Link>
          </Typography.Text>
          <Space align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {organization ? (
                <Link to={`/organizations/${organization.id}`}>{organizationName}</Link>
              ) : (
                organizationName
              )}
            </Typography.Title>
            <IncubationStatusTag status={stay.status} />
            {archived ? <Tag>{S.archivedTag}</Tag> : null}
          </Space>
          <Typography.Text type="secondary">{stay.baseName}</Typography.Text>
        </Space>
        <Space>
          <Button disabled={archived} onClick={() => setEditing(true)}>
            {S.editPlacement}
          </Button>
          <ArchiveAction
            record={{ ...stay, name: organizationName }}
            archive={incubations.archive}
            restore={incubations.restore}
          />
        </Space>
      </Flex>

      {archived ? (
        <Alert type="info" showIcon title={S.archivedNotice} />
      ) : (
        <IncubationActions stay={stay} settings={settings} assessments={assessments} />
      )}

      <StayFacts stay={stay} today={todayInChina()} />

      <Flex gap="large" wrap align="flex-start">
        <section aria-label={S.timelineTitle} style={{ flex: '1 1 320px' }}>
          <Typography.Title level={4}>{S.timelineTitle}</Typography.Title>
          <StayTimeline stay={stay} />
        </section>
        <section aria-label={S.historyTitle} style={{ flex: '1 1 320px' }}>
          <Typography.Title level={4}>{S.historyTitle}</Typography.Title>
          <RecordHistory entries={history} fieldLabels={INCUBATION_FIELD_LABELS} />
        </section>
      </Flex>

      <Divider style={{ margin: 0 }} />
      <ServiceLogSection incubationId={stay.id} readOnly={archived} />
      <Divider style={{ margin: 0 }} />
      <AssessmentsSection
        incubationId={stay.id}
        assessments={assessments}
        scorecard={settings.scorecard}
        bands={grading.evaluationBands}
        refusal={assessmentRefusal(stay)}
      />

      {editing ? <PlacementEditModal stay={stay} onClose={() => setEditing(false)} /> : null}
    </Flex>
  )
}
