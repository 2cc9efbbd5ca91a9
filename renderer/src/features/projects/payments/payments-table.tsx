/**
 * The tranches of a signed project, one row each: amount, condition and where its gate stands,
 * status, every step taken with who and when, and the steps offered now for the operator in 设置
 * (PAYMENT_WORKFLOW with the tranche's gate and separation of duties, as the repository reads
 * them): a refused one disabled, the reason as its tooltip.
 */
import { useState } from 'react'
import { Button, Flex, Space, Table, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { todayInChina } from '@shared/domain/dates'
import { formatYuan, yuanText } from '@shared/domain/money'
import {
  gateState,
  type GateFacts,
  type Payment,
  type PaymentAction
} from '@shared/domain/payments/payment'
import { TRANCHE_GATE_LABELS } from '@shared/domain/venture/round'
import type { OfferedAction } from '@shared/domain/workflow'
import { PaymentStatusTag } from './payment-status-tag'
import { PaymentStepModal } from './payment-step-modal'
import { PAYMENT_LABELS as L, PAYMENT_STRINGS as S } from './strings'

interface OpenStep {
  payment: Payment
  action: PaymentAction
  label: string
}

export function PaymentsTable({
  payments,
  facts,
  offers
}: {
  /** Live tranches, in order. */
  payments: readonly Payment[]
  facts: GateFacts
  /** The steps offered on each tranche, by its id. */
  offers: ReadonlyMap<string, readonly OfferedAction<PaymentAction>[]>
}) {
  const [open, setOpen] = useState<OpenStep | null>(null)

  const columns: ColumnsType<Payment> = [
    { key: 'no', title: L.no, width: 72, render: (_, payment) => S.trancheNo(payment.no) },
    {
      key: 'percent',
      title: L.percent,
      width: 64,
      align: 'right',
      render: (_, payment) => S.percent(payment.percent)
    },
    {
      key: 'amount',
      title: L.amount,
      width: 120,
      align: 'right',
      render: (_, payment) => formatYuan(payment.amountFen)
    },
    {
      key: 'condition',
      title: L.condition,
      render: (_, payment) => (
        <Flex vertical>
          <span>{TRANCHE_GATE_LABELS[payment.gate]}</span>
          {payment.condition ? <span>{payment.condition}</span> : null}
          {payment.status === '计划' ? (
            <Typography.Text type="secondary">
              {gateState(payment.gate, facts).reason}
            </Typography.Text>
          ) : null}
        </Flex>
      )
    },
    {
      key: 'dueOn',
      title: L.dueOn,
      width: 110,
      render: (_, payment) => payment.dueOn ?? S.none
    },
    {
      key: 'status',
      title: L.status,
      width: 180,
      render: (_, payment) => (
        <Flex vertical gap={4} align="flex-start">
          <PaymentStatusTag status={payment.status} />
          {payment.status === '暂缓' && payment.holdReason ? (
            <Typography.Text type="secondary">{S.held(payment.holdReason)}</Typography.Text>
          ) : null}
          {payment.paidOn ? (
            <Typography.Text type="secondary">
              {S.paid(payment.paidOn, payment.voucherNo)}
            </Typography.Text>
          ) : null}
          {payment.recovery ? (
            <Typography.Text type="secondary">
              {payment.recovery.amountFen === 0
                ? S.stopped(payment.recovery.decidedOn, payment.recovery.reason)
                : S.recovery(
                    yuanText(payment.recovery.amountFen),
                    payment.recovery.decidedOn,
                    payment.recovery.reason
                  )}
            </Typography.Text>
          ) : null}
        </Flex>
      )
    },
    {
      key: 'chain',
      title: L.chain,
      width: 200,
      render: (_, payment) =>
        payment.approvals.length === 0 ? (
          S.none
        ) : (
          <Flex vertical>
            {payment.approvals.map((approval, index) => (
              <Tooltip key={index} title={approval.note}>
                <span>
                  {S.approvalLine(approval.step, approval.by, todayInChina(new Date(approval.at)))}
                </span>
              </Tooltip>
            ))}
          </Flex>
        )
    },
    {
      key: 'actions',
      title: L.actions,
      width: 200,
      render: (_, payment) => {
        const offered = offers.get(payment.id) ?? []
        return (
          <Space wrap size={4}>
            {offered.map((offer) => (
              <Tooltip key={offer.action} title={offer.refusal}>
                <Button
                  size="small"
                  danger={offer.action === 'recover' || offer.action === 'hold'}
                  disabled={offer.refusal !== null}
                  onClick={() => setOpen({ payment, action: offer.action, label: offer.label })}
                >
                  {offer.label}
                </Button>
              </Tooltip>
            ))}
          </Space>
        )
      }
    }
  ]

  return (
    <>
      <Table<Payment>
        aria-label={S.tranchesLabel}
        size="small"
        rowKey="id"
        dataSource={[...payments]}
        columns={columns}
        pagination={false}
        locale={{ emptyText: S.tranchesEmpty }}
      />
      {open ? (
        <PaymentStepModal
          payment={open.payment}
          action={open.action}
          label={open.label}
          gate={gateState(open.payment.gate, facts)}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  )
}
