/**
 * The amendments of a signed agreement in their order: each one's reason, status, what it changes
 * (变更前 → 变更后), its decision, and 批准 / 驳回 while it waits. A decided amendment is history
 * and shows no steps.
 */
import { useState } from 'react'
import { Button, Card, Empty, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { AuditEntry } from '@shared/domain/audit'
import { amountInWords, yuanText } from '@shared/domain/money'
import {
  AMENDMENT_WORKFLOW,
  type Agreement,
  type Amendment,
  type AmendmentAction
} from '@shared/domain/projects/agreement'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { actionsFrom, type OfferedAction } from '@shared/domain/workflow'
import { AmendmentDecisionModal } from './amendment-decision-modal'
import { changeRows, signedTeam, type ChangeRow } from './amendment-rows'
import { AGREEMENT_STRINGS as S, AMENDMENT_STATUS_COLORS } from './strings'

/** The decision's note is typed in its dialog, which asks the workflow table again. */
const NOTE_TYPED_IN_DIALOG = '（在对话框中填写）'

const FIELD_LABELS: Readonly<Record<ChangeRow['field'], string>> = {
  amountFen: S.changeAmount,
  endOn: S.changeEndOn,
  terms: S.changeTerms,
  socialWorkerIds: S.changeTeam
}

export interface AmendmentListProps {
  agreement: Agreement
  amendments: readonly Amendment[]
  /** The project's team and history, to find the team the agreement was signed with. */
  projectTeam: readonly string[]
  projectHistory: readonly AuditEntry[]
  workers: ReadonlyMap<string, SocialWorker>
  /** Why no decision can be taken on this project now (closed, terminated, archived), or null. */
  refusal: string | null
}

export function AmendmentList({
  agreement,
  amendments,
  projectTeam,
  projectHistory,
  workers,
  refusal
}: AmendmentListProps) {
  const [open, setOpen] = useState<{
    amendment: Amendment
    offer: OfferedAction<AmendmentAction>
  } | null>(null)
  if (amendments.length === 0) return <Empty description={S.amendmentsEmpty} />
  const teamAtSigning = signedTeam(projectTeam, amendments, projectHistory)
  const names = (ids: readonly string[]) =>
    ids.map((id) => workers.get(id)?.name ?? S.unknownWorker).join('、')

  const show = (row: ChangeRow, side: 'before' | 'after') => {
    switch (row.field) {
      case 'amountFen':
        return `${yuanText(row[side])}（${amountInWords(row[side])}）`
      case 'endOn':
        return row[side]
      case 'terms':
        return (
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', margin: 0 }}
            ellipsis={{ rows: 3, expandable: true, symbol: S.showTerms }}
          >
            {row[side]}
          </Typography.Paragraph>
        )
      case 'socialWorkerIds':
        return side === 'before' && row.before === null
          ? S.unknownTeam
          : names(side === 'before' ? row.before! : row.after)
    }
  }

  const columns: ColumnsType<ChangeRow> = [
    {
      key: 'field',
      title: S.changesLabel,
      width: 110,
      render: (_, row) => FIELD_LABELS[row.field]
    },
    { key: 'before', title: S.before, render: (_, row) => show(row, 'before') },
    { key: 'after', title: S.after, render: (_, row) => show(row, 'after') }
  ]

  return (
    <Flex vertical gap="middle">
      {[...amendments]
        .sort((a, b) => a.no - b.no)
        .map((amendment) => {
          const offered =
            amendment.status === '待审批'
              ? actionsFrom(AMENDMENT_WORKFLOW, amendment.status, {
                  changeErrors: [],
                  decisionNote: NOTE_TYPED_IN_DIALOG
                })
              : []
          return (
            <Card
              key={amendment.id}
              size="small"
              role="region"
              aria-label={S.amendmentNo(amendment.no)}
              title={
                <Space>
                  {S.amendmentNo(amendment.no)}
                  <Tag color={AMENDMENT_STATUS_COLORS[amendment.status]}>{amendment.status}</Tag>
                </Space>
              }
              extra={
                <Typography.Text type="secondary">
                  {S.amendmentMeta(amendment.requestedOn)}
                </Typography.Text>
              }
            >
              <Flex vertical gap="small">
                <Typography.Text>
                  {S.reason}：{amendment.reason}
                </Typography.Text>
                <Table<ChangeRow>
                  size="small"
                  rowKey="field"
                  pagination={false}
                  columns={columns}
                  dataSource={changeRows(amendment, agreement, amendments, teamAtSigning)}
                />
                {amendment.decidedOn ? (
                  <Typography.Text type="secondary">
                    {S.decisionLine(
                      amendment.status,
                      amendment.decidedOn,
                      amendment.decidedBy ?? '—'
                    )}
                    {amendment.decisionNote ? `；${S.decisionNote}：${amendment.decisionNote}` : ''}
                  </Typography.Text>
                ) : null}
                {offered.length > 0 ? (
                  <Space>
                    {offered.map((offer) => (
                      <Tooltip key={offer.action} title={refusal ?? offer.refusal}>
                        <Button
                          type={offer.action === 'approve' ? 'primary' : 'default'}
                          danger={offer.action === 'reject'}
                          disabled={refusal !== null || offer.refusal !== null}
                          onClick={() => setOpen({ amendment, offer })}
                        >
                          {offer.label}
                        </Button>
                      </Tooltip>
                    ))}
                  </Space>
                ) : null}
              </Flex>
            </Card>
          )
        })}
      {open ? (
        <AmendmentDecisionModal
          amendment={open.amendment}
          action={open.offer.action}
          label={open.offer.label}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Flex>
  )
}
