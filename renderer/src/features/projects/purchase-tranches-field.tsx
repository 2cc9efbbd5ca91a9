/**
 * 拨付计划: a percent and a gate per tranche, with each tranche's amount worked out as the
 * contract amount and the percentages are typed — every tranche but the last rounded down to the
 * 分, the last taking what is left (planTranches), as the project will store them.
 */
import { Form, InputNumber, Select, Typography } from 'antd'
import type { FormInstance } from 'antd'
import { ListField } from '@renderer/components/list-field'
import { formatYuan } from '@shared/domain/money'
import { TRANCHE_GATE_LABELS, TRANCHE_GATES, type Tranche } from '@shared/domain/venture/round'
import { planTranches } from '@shared/domain/venture/results'
import {
  percentTotal,
  typedFen,
  type PurchaseProjectFormValues
} from './purchase-project-form-values'
import { PROJECT_STRINGS as S } from './strings'

const ROW_ITEM = { marginBottom: 8 }
const GATE_OPTIONS = TRANCHE_GATES.map((gate) => ({
  value: gate,
  label: TRANCHE_GATE_LABELS[gate]
}))

/** The amount of each tranche, once the amount is valid and the percentages make 100. */
function plannedAmounts(
  amountText: string | undefined,
  tranches: PurchaseProjectFormValues['tranches'] | undefined
): number[] | null {
  const amountFen = typedFen(amountText)
  const rows = tranches ?? []
  if (amountFen === null || percentTotal(rows) !== 100) return null
  if (rows.some((row) => typeof row?.percent !== 'number')) return null
  return planTranches(amountFen, rows as Tranche[]).map((tranche) => tranche.amountFen)
}

export function PurchaseTranchesField({ form }: { form: FormInstance }) {
  const tranches: PurchaseProjectFormValues['tranches'] | undefined = Form.useWatch(
    'tranches',
    form
  )
  const amountText: string | undefined = Form.useWatch('amountFen', form)
  const total = percentTotal(tranches)
  const amounts = plannedAmounts(amountText, tranches)
  return (
    <ListField
      name="tranches"
      extra={S.tranchesHint}
      addLabel={S.addTranche}
      removeLabel={S.removeTranche}
      onAdd={(add) => add({ percent: null, gate: tranches?.at(-1)?.gate ?? TRANCHE_GATES[0] })}
      footer={
        <Typography.Text type={total === 100 ? 'secondary' : 'warning'}>
          {S.trancheTotal(total)}
        </Typography.Text>
      }
      renderRow={(row) => (
        <>
          <Typography.Text style={{ width: 48, lineHeight: '32px' }}>
            {S.trancheNo(row + 1)}
          </Typography.Text>
          <Form.Item name={[row, 'percent']} style={{ ...ROW_ITEM, width: 120 }}>
            <InputNumber
              aria-label={`${S.tranchePercent} ${row + 1}`}
              min={1}
              max={100}
              precision={0}
              suffix="%"
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item name={[row, 'gate']} style={{ ...ROW_ITEM, width: 180 }}>
            <Select aria-label={`${S.trancheGate} ${row + 1}`} options={GATE_OPTIONS} />
          </Form.Item>
          <Typography.Text
            type="secondary"
            style={{ minWidth: 140, lineHeight: '32px', textAlign: 'right' }}
          >
            {amounts?.[row] === undefined ? null : S.trancheAmount(formatYuan(amounts[row]))}
          </Typography.Text>
        </>
      )}
    />
  )
}
