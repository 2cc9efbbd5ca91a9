/**
 * 公示: the period, the list as it was published (each application's stored award, never
 * computed again, so what went out stays what is shown), the objections and their answers, and
 * 立项 once the period is over and every objection is answered.
 */
import { useState } from 'react'
import { App, Button, Descriptions, Flex, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { formatYuan, yuanText } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Application } from '@shared/domain/venture/application'
import { publishedFigures, type Objection } from '@shared/domain/venture/results'
import {
  roundAllows,
  ROUND_WORKFLOW,
  type RoundContext,
  type VentureRound
} from '@shared/domain/venture/round'
import { actionsFrom } from '@shared/domain/workflow'
import { errorText } from '@shared/text/error-text'
import { useRepositories } from '@renderer/db/use-repositories'
import { AnswerModal, ObjectionModal } from './objection-modals'
import { organizationName, trackName } from './result-rows'
import {
  OUTCOME_COLORS,
  PUBLISHED_STATUS_COLORS,
  RESULTS_LABELS as L,
  RESULTS_STRINGS as S
} from './strings'

interface PublishedRow {
  application: Application
  organizationName: string
  trackName: string
  note: string | null
}

/** The published list in its published order; unranked (unscored) applications last. */
function publishedApplications(applications: readonly Application[]): Application[] {
  return applications
    .filter((application) => application.award !== null && application.archivedAt === null)
    .sort(
      (a, b) =>
        (a.award!.rank ?? Number.MAX_SAFE_INTEGER) - (b.award!.rank ?? Number.MAX_SAFE_INTEGER)
    )
}

function noteOf(application: Application): string | null {
  if (application.status === '未获资助') {
    const revoked = application.events.findLast((event) => event.action === 'revoke')
    if (revoked) return S.revokedNote(revoked.note ?? '')
  }
  const award = application.award
  if (award?.adjustmentReason) return S.adjustedNote(award.adjustmentReason)
  // Why an application was left out is what a reader of the list asks; a grant says itself.
  return award && award.grantFen === 0 ? award.reason : null
}

export function PublicityPanel({
  round,
  applications,
  applicants,
  context
}: {
  round: VentureRound
  applications: readonly Application[]
  applicants: ReadonlyMap<string, Organization>
  context: RoundContext
}) {
  const { ventureRounds } = useRepositories()
  const { message, modal } = App.useApp()
  const [adding, setAdding] = useState(false)
  const [answering, setAnswering] = useState<Objection | null>(null)
  const publicity = round.publicity!
  const open = roundAllows(round, 'hearObjections')

  const published: PublishedRow[] = publishedApplications(applications).map((application) => ({
    application,
    organizationName: organizationName(applicants, application),
    trackName: trackName(round, application.track),
    note: noteOf(application)
  }))
  const titleOf = (applicationId: string | null) =>
    applicationId === null
      ? null
      : (applications.find((application) => application.id === applicationId)?.title ??
        S.unknownApplication)

  const approval = actionsFrom(ROUND_WORKFLOW, round.status, context).find(
    (offer) => offer.action === 'approve'
  )
  const approve = async () => {
    // 立项 makes a project of every grant still standing: the published figures are exactly that.
    const { fundedCount, grantedFen } = publishedFigures(applications, round.tracks)
    const confirmed = await modal.confirm({
      title: S.approveConfirmTitle,
      content: S.approveConfirm(fundedCount, yuanText(grantedFen)),
      okText: S.approve,
      cancelText: S.cancel
    })
    if (!confirmed) return
    try {
      await ventureRounds.approve(round.id)
      message.success(S.approved(fundedCount))
    } catch (error) {
      message.error(`${S.actionFailed}${errorText(error)}`)
    }
  }

  const listColumns: ColumnsType<PublishedRow> = [
    {
      key: 'rank',
      title: L.rank,
      width: 70,
      align: 'right',
      render: (_, row) => row.application.award!.rank ?? S.none
    },
    {
      key: 'trackRank',
      title: L.trackRank,
      width: 100,
      align: 'right',
      render: (_, row) => row.application.award!.trackRank ?? S.none
    },
    {
      key: 'organization',
      title: L.organization,
      width: 150,
      render: (_, row) => row.organizationName
    },
    { key: 'title', title: L.title, width: 150, render: (_, row) => row.application.title },
    { key: 'track', title: L.track, width: 100, render: (_, row) => row.trackName },
    {
      key: 'score',
      title: L.score,
      width: 80,
      align: 'right',
      render: (_, row) => row.application.award!.score ?? S.noScore
    },
    {
      key: 'grant',
      title: L.publishedGrant,
      width: 130,
      align: 'right',
      render: (_, row) => formatYuan(row.application.award!.grantFen)
    },
    {
      key: 'status',
      title: L.status,
      width: 100,
      render: (_, row) => (
        <Tag color={PUBLISHED_STATUS_COLORS[row.application.status]}>{row.application.status}</Tag>
      )
    },
    { key: 'note', title: L.note, width: 200, render: (_, row) => row.note ?? '' }
  ]

  const objectionColumns: ColumnsType<Objection> = [
    { key: 'receivedOn', title: L.receivedOn, width: 110, dataIndex: 'receivedOn' },
    {
      key: 'target',
      title: L.applicationId,
      width: 180,
      render: (_, objection) => titleOf(objection.applicationId) ?? S.wholeList
    },
    { key: 'from', title: L.from, width: 100, dataIndex: 'from' },
    { key: 'content', title: L.content, dataIndex: 'content' },
    {
      key: 'response',
      title: L.response,
      render: (_, objection) => objection.response ?? ''
    },
    {
      key: 'outcome',
      title: L.outcome,
      width: 110,
      render: (_, objection) =>
        objection.outcome ? (
          <Tag color={OUTCOME_COLORS[objection.outcome]}>{objection.outcome}</Tag>
        ) : open ? (
          <Button size="small" type="primary" onClick={() => setAnswering(objection)}>
            {S.answer}
          </Button>
        ) : null
    },
    {
      key: 'answeredOn',
      title: L.answeredOn,
      width: 110,
      render: (_, objection) => objection.answeredOn ?? ''
    }
  ]

  return (
    <Flex vertical gap="large">
      <section aria-label={S.publicityTitle}>
        <Flex justify="space-between" align="flex-start" wrap gap="middle">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {S.publicityTitle}
          </Typography.Title>
          {open && approval ? (
            <Flex vertical align="flex-end" gap={4}>
              <Tooltip title={approval.refusal}>
                <Button
                  type="primary"
                  disabled={approval.refusal !== null}
                  onClick={() => void approve()}
                >
                  {S.approve}
                </Button>
              </Tooltip>
              {approval.refusal ? (
                <Typography.Text type="secondary">
                  {S.approve}：{approval.refusal}
                </Typography.Text>
              ) : null}
            </Flex>
          ) : null}
        </Flex>
        <Descriptions
          size="small"
          column={1}
          style={{ marginTop: 12 }}
          items={[
            {
              key: 'period',
              label: S.publicityPeriod,
              children: S.periodText(publicity.startsOn, publicity.endsOn)
            }
          ]}
        />
      </section>

      <section aria-label={S.publishedListTitle}>
        <Typography.Title level={5}>{S.publishedListTitle}</Typography.Title>
        <Table<PublishedRow>
          aria-label={S.publishedListLabel}
          size="small"
          rowKey={(row) => row.application.id}
          dataSource={published}
          columns={listColumns}
          pagination={false}
          locale={{ emptyText: S.publishedListEmpty }}
        />
      </section>

      <section aria-label={S.objectionsTitle}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {S.objectionsTitle}
          </Typography.Title>
          {open ? <Button onClick={() => setAdding(true)}>{S.addObjection}</Button> : null}
        </Flex>
        <Table<Objection>
          aria-label={S.objectionsLabel}
          size="small"
          rowKey="id"
          dataSource={publicity.objections}
          columns={objectionColumns}
          pagination={false}
          locale={{ emptyText: open ? S.objectionsEmpty : S.objectionsEmptyClosed }}
        />
      </section>

      {adding ? (
        <ObjectionModal
          roundId={round.id}
          targets={published.map((row) => ({
            applicationId: row.application.id,
            title: row.application.title,
            organizationName: row.organizationName
          }))}
          onClose={() => setAdding(false)}
        />
      ) : null}
      {answering ? (
        <AnswerModal
          roundId={round.id}
          objection={answering}
          targetTitle={titleOf(answering.applicationId)}
          onClose={() => setAnswering(null)}
        />
      ) : null}
    </Flex>
  )
}
