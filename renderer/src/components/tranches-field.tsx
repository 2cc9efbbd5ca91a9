/**
 * 拨付计划 in a form: a percent and a gate per tranche under `tranches`, with the running total
 * of the percentages. Given the amount, each row also shows the tranche's amount as it will be
 * stored — every tranche but the last rounded down to the 分, the last taking what is left
 * (planTranches).
 */
import { Form, InputNumber, Select, Typography } from 'antd'
import type { FormInstance } from 'antd'
import { ListField } from '@renderer/components/list-field'
import { yuanText, type Fen } from '@shared/domain/money'
import { planTranches } from '@shared/domain/venture/results'
import { TRANCHE_GATE_LABELS, TRANCHE_GATES, type TrancheGate } from '@shared/domain/venture/round'

export interface TrancheFormValues {
  percent: number | null
  gate: TrancheGate
}

/** The words of the list; each feature's strings carry them. */
export interface TranchesFieldStrings {
  tranchesHint: string
  addTranche: string
  removeTranche: string
  tranchePercent: string
  trancheGate: string
  trancheTotal(total: number): string
}

const ROW_ITEM = { marginBottom: 8 }
const GATE_OPTIONS = TRANCHE_GATES.map((gate) => ({
  value: gate,
  label: TRANCHE_GATE_LABELS[gate]
}))

export function percentTotal(tranches: readonly (TrancheFormValues | undefined)[] | undefined) {
  return (tranches ?? []).reduce((sum, tranche) => sum + (tranche?.percent ?? 0), 0)
}

/** Each tranche's amount, once there is an amount and every percentage is typed and they make 100. */
function plannedAmounts(
  amountFen: Fen | null | undefined,
  rows: readonly (TrancheFormValues | undefined)[]
): Fen[] | null {
  if (amountFen === null || amountFen === undefined || percentTotal(rows) !== 100) return null
  if (rows.some((row) => typeof row?.percent !== 'number')) return null
  return planTranches(amountFen, rows as { percent: number; gate: TrancheGate }[]).map(
    (tranche) => tranche.amountFen
  )
}

export interface TranchesFieldProps {
  form: FormInstance
  strings: TranchesFieldStrings
  /** The amount the tranches share out, null while it is not valid; absent: no amounts shown. */
  amountFen?: Fen | null
}

export function TranchesField({ form, strings: S, amountFen }: TranchesFieldProps) {
  const tranches: TrancheFormValues[] | undefined = Form.useWatch('tranches', form)
  const total = percentTotal(tranches)
  const amounts = amountFen === undefined ? null : plannedAmounts(amountFen, tranches ?? [])
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
            {`第 ${row + 1} 期`}
          </Typography.Text>
          <Form.Item name={[row, 'percent']} style={{ ...ROW_ITEM, width: 140 }}>
            <InputNumber
              aria-label={`${S.tranchePercent} ${row + 1}`}
              min={1}
              max={100}
              precision={0}
              suffix="%"
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item name={[row, 'gate']} style={{ ...ROW_ITEM, width: 200 }}>
            <Select aria-label={`${S.trancheGate} ${row + 1}`} options={GATE_OPTIONS} />
          </Form.Item>
          {amountFen === undefined ? null : (
            <Typography.Text
              type="secondary"
              style={{ minWidth: 140, lineHeight: '32px', textAlign: 'right' }}
            >
              {amounts?.[row] === undefined ? null : yuanText(amounts[row])}
            </Typography.Text>
          )}
        </>
      )}
    />
  )
}
