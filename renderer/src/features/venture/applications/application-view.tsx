/**
 * A submitted (or withdrawn) application read-only: what was submitted, the 初审 result and the
 * published award. Phones are masked as in every list.
 */
import type { ReactNode } from 'react'
import { Card, Descriptions, Flex, Table, Tag, Typography } from 'antd'
import { maskPhone } from '@shared/domain/identifiers/masking'
import { formatYuan, yuanText } from '@shared/domain/money'
import type { Community } from '@shared/domain/communities/community'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import type {
  Application,
  Award,
  Beneficiary,
  PlannedActivity,
  Screening,
  TeamMember
} from '@shared/domain/venture/application'
import type { VentureRound } from '@shared/domain/venture/round'
import {
  budgetTableRows,
  categoryShares,
  formatInstant,
  trackName,
  type BudgetTableRow
} from './application-display'
import { APPLICATION_FIELD_LABELS as L, APPLICATION_STRINGS as S } from './strings'

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <section aria-label={title}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </section>
    </Card>
  )
}

const Paragraph = ({ text }: { text: string }) =>
  text.trim() === '' ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
      {text}
    </Typography.Paragraph>
  )

export interface ApplicationContentViewProps {
  application: Application
  round: VentureRound
  communitiesById: ReadonlyMap<string, Community>
  workersById: ReadonlyMap<string, SocialWorker>
}

export function ApplicationContentView({
  application: a,
  round,
  communitiesById,
  workersById
}: ApplicationContentViewProps) {
  const communities = a.communityIds.map((id) => communitiesById.get(id)?.name ?? id).join('、')
  return (
    <>
      <Section title={S.sectionBasics}>
        <Descriptions
          column={2}
          bordered
          size="small"
          items={[
            { key: 'title', label: L.title, children: a.title || '—', span: 2 },
            { key: 'track', label: L.track, children: trackName(round.tracks, a.track) },
            { key: 'communities', label: L.communityIds, children: communities || '—' },
            { key: 'contactName', label: L.contactName, children: a.contactName ?? '—' },
            {
              key: 'contactPhone',
              label: L.contactPhone,
              children: a.contactPhone ? maskPhone(a.contactPhone) : '—'
            },
            {
              key: 'submittedAt',
              label: L.submittedAt,
              children: a.submittedAt ? formatInstant(a.submittedAt) : S.notSubmitted
            },
            ...(a.withdrawnReason
              ? [{ key: 'withdrawn', label: S.withdrawnReason, children: a.withdrawnReason }]
              : [])
          ]}
        />
      </Section>
      <Section title={S.sectionBeneficiaries}>
        <BeneficiariesTable rows={a.beneficiaries} />
      </Section>
      <Section title={S.sectionDesign}>
        <Typography.Title level={5}>{L.problem}</Typography.Title>
        <Paragraph text={a.problem} />
        <Typography.Title level={5}>{L.objectives}</Typography.Title>
        <Paragraph text={a.objectives} />
      </Section>
      <Section title={S.sectionActivities}>
        <ActivitiesTable rows={a.activities} />
      </Section>
      <Section title={S.sectionTeam}>
        <TeamTable rows={a.team} workersById={workersById} />
      </Section>
      <Section title={S.sectionBudget}>
        <BudgetView application={a} />
      </Section>
    </>
  )
}

function BeneficiariesTable({ rows }: { rows: readonly Beneficiary[] }) {
  return (
    <Table<Beneficiary & { key: number }>
      aria-label={S.sectionBeneficiaries}
      size="small"
      pagination={false}
      dataSource={rows.map((row, key) => ({ ...row, key }))}
      locale={{ emptyText: S.beneficiariesEmpty }}
      columns={[
        { key: 'type', title: S.beneficiaryType, dataIndex: 'type' },
        { key: 'count', title: S.beneficiaryCount, dataIndex: 'count', align: 'right' }
      ]}
    />
  )
}

function ActivitiesTable({ rows }: { rows: readonly PlannedActivity[] }) {
  return (
    <Table<PlannedActivity & { key: number }>
      aria-label={S.sectionActivities}
      size="small"
      pagination={false}
      dataSource={rows.map((row, key) => ({ ...row, key }))}
      locale={{ emptyText: S.activitiesEmpty }}
      columns={[
        { key: 'month', title: S.activityMonth, dataIndex: 'month', width: 110 },
        { key: 'content', title: S.activityContent, dataIndex: 'content' }
      ]}
    />
  )
}

function TeamTable({
  rows,
  workersById
}: {
  rows: readonly TeamMember[]
  workersById: ReadonlyMap<string, SocialWorker>
}) {
  return (
    <Table<TeamMember & { key: number }>
      aria-label={S.sectionTeam}
      size="small"
      pagination={false}
      dataSource={rows.map((row, key) => ({ ...row, key }))}
      locale={{ emptyText: S.teamEmpty }}
      columns={[
        {
          key: 'name',
          title: S.teamWorker,
          render: (_, row) => workersById.get(row.socialWorkerId)?.name ?? S.unknownWorker
        },
        {
          key: 'certLevel',
          title: S.certLevel,
          render: (_, row) => workersById.get(row.socialWorkerId)?.certLevel ?? '—'
        },
        { key: 'role', title: S.teamRole, dataIndex: 'role' }
      ]}
    />
  )
}

function BudgetView({ application: a }: { application: Application }) {
  const rows = budgetTableRows(a.budgetLines)
  const total = rows.at(-1)!.amountFen
  return (
    <Flex vertical gap="middle">
      <Table<BudgetTableRow>
        aria-label={L.budgetLines}
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={a.budgetLines.length > 0 ? rows : []}
        locale={{ emptyText: S.budgetEmpty }}
        columns={[
          {
            key: 'category',
            title: S.budgetCategory,
            render: (_, row) =>
              row.kind === 'line' ? (
                row.line.category
              ) : (
                <Typography.Text strong>
                  {row.kind === 'subtotal' ? S.subtotal(row.category) : S.budgetTotal}
                </Typography.Text>
              )
          },
          {
            key: 'item',
            title: S.budgetItem,
            render: (_, row) => (row.kind === 'line' ? row.line.item : null)
          },
          {
            key: 'unitPrice',
            title: S.budgetUnitPrice,
            align: 'right',
            render: (_, row) => (row.kind === 'line' ? formatYuan(row.line.unitPriceFen) : null)
          },
          {
            key: 'quantity',
            title: S.budgetQuantity,
            align: 'right',
            render: (_, row) => (row.kind === 'line' ? row.line.quantity : null)
          },
          {
            key: 'amount',
            title: S.budgetAmount,
            align: 'right',
            render: (_, row) =>
              row.kind === 'line' ? (
                formatYuan(row.amountFen)
              ) : (
                <Typography.Text strong>{formatYuan(row.amountFen)}</Typography.Text>
              )
          },
          {
            key: 'note',
            title: S.budgetNote,
            render: (_, row) => (row.kind === 'line' ? row.line.note : null)
          }
        ]}
      />
      <Descriptions
        column={3}
        bordered
        size="small"
        items={[
          { key: 'total', label: S.budgetTotal, children: yuanText(total) },
          { key: 'requested', label: L.requestedFen, children: yuanText(a.requestedFen) },
          { key: 'matching', label: L.matchingFen, children: yuanText(a.matchingFen) },
          ...categoryShares(a.budgetLines).map((share) => ({
            key: share.category,
            label: share.category,
            children: `${yuanText(share.amountFen)}（${share.share}）`
          }))
        ]}
      />
    </Flex>
  )
}

export function ScreeningView({ screening }: { screening: Screening }) {
  return (
    <Flex vertical gap="small">
      <Table
        aria-label={S.sectionScreening}
        size="small"
        pagination={false}
        rowKey="rule"
        dataSource={screening.checks}
        columns={[
          { key: 'rule', title: S.checkRule, dataIndex: 'rule', width: 160 },
          {
            key: 'passed',
            title: S.checkResult,
            width: 90,
            render: (_, check) =>
              check.passed ? (
                <Tag color="green">{S.checkPassed}</Tag>
              ) : (
                <Tag color="red">{S.checkFailed}</Tag>
              )
          },
          { key: 'reason', title: S.checkReason, dataIndex: 'reason' }
        ]}
      />
      {screening.decision ? (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            {
              key: 'decision',
              label: S.screeningDecision,
              children: (
                <Flex gap="small" align="center" wrap>
                  <Tag color={screening.decision === '通过' ? 'green' : 'red'}>
                    {screening.decision}
                  </Tag>
                  {screening.decidedAt ? (
                    <Typography.Text type="secondary">
                      {S.screeningBy(
                        screening.decidedBy || '—',
                        formatInstant(screening.decidedAt)
                      )}
                    </Typography.Text>
                  ) : null}
                </Flex>
              )
            },
            { key: 'note', label: S.screeningNote, children: screening.note ?? '—' }
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{S.screeningPending}</Typography.Text>
      )}
    </Flex>
  )
}

export function AwardView({ award }: { award: Award }) {
  return (
    <Descriptions
      column={2}
      bordered
      size="small"
      items={[
        { key: 'score', label: S.awardScore, children: award.score ?? '—' },
        {
          key: 'grant',
          label: S.awardGrant,
          children: award.grantFen > 0 ? yuanText(award.grantFen) : S.notFunded
        },
        { key: 'rank', label: S.awardRank, children: award.rank ?? '—' },
        { key: 'trackRank', label: S.awardTrackRank, children: award.trackRank ?? '—' },
        { key: 'reason', label: S.awardReason, children: award.reason, span: 2 },
        ...(award.adjustmentReason
          ? [
              {
                key: 'adjustment',
                label: S.awardAdjustment,
                children: award.adjustmentReason,
                span: 2
              }
            ]
          : [])
      ]}
    />
  )
}
