/**
 * 人工调整: a grant set by hand with its reason. The amount is typed in 元; the repository
 * refuses one above the application's ceiling, the pool or its track's budget, saying by how
 * much, and the refusal lands at the amount.
 */
import { Descriptions, Form, Input } from 'antd'
import { formatYuan, parseAmountToFen } from '@shared/domain/money'
import { useRepositories } from '@renderer/db/use-repositories'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import type { ResultTableRow } from './result-rows'
import { RESULTS_LABELS as L, RESULTS_STRINGS as S } from './strings'

const FIELDS = ['grantFen', 'reason'] as const

interface Values {
  /** The amount as typed, in 元. */
  grantFen?: string
  reason?: string
}

export function AdjustmentModal({
  roundId,
  row,
  onClose
}: {
  roundId: string
  row: ResultTableRow
  onClose(): void
}) {
  const { ventureRounds } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(FIELDS, onClose)

  const submit = async () => {
    const values = getValues()
    const amount = parseAmountToFen(values.grantFen ?? '')
    if (!amount.ok) {
      form.setFields([{ name: 'grantFen', errors: [amount.message] }])
      return
    }
    await saveAndClose(S.adjusted, () =>
      ventureRounds.adjust(roundId, {
        applicationId: row.applicationId,
        grantFen: amount.fen,
        reason: values.reason ?? ''
      })
    )
  }

  return (
    <FormModal
      {...frame}
      title={S.adjustTitle(row.title)}
      okText={S.save}
      cancelText={S.cancel}
      onOk={submit}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'requested', label: L.requested, children: formatYuan(row.requestedFen) },
          { key: 'ceiling', label: L.ceiling, children: formatYuan(row.ceilingFen) },
          { key: 'computed', label: L.computed, children: formatYuan(row.computedFen) }
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          grantFen: formatYuan(row.grantFen, { grouping: false }),
          reason: row.adjustment?.reason ?? ''
        }}
      >
        <Form.Item name="grantFen" label={L.grantFen} required extra={S.adjustmentHint}>
          <Input placeholder={S.amountPlaceholder} inputMode="decimal" />
        </Form.Item>
        <Form.Item name="reason" label={L.reason} required>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
