/**
 * 公示结果: the period, then one more question, because publishing turns the list into each
 * application's result and ends the office's adjustments.
 */
import { App, Form, Typography } from 'antd'
import { zodIssues } from '@shared/domain/check'
import { yuanText, type Fen } from '@shared/domain/money'
import { publicityInputSchema } from '@shared/domain/venture/results'
import type { VentureRound } from '@shared/domain/venture/round'
import { placeIssues } from '@renderer/components/form-issues'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useRepositories } from '@renderer/db/use-repositories'
import { RESULTS_LABELS as L, RESULTS_STRINGS as S } from './strings'

const FIELDS = ['startsOn', 'endsOn'] as const

interface Values {
  startsOn?: string | null
  endsOn?: string | null
}

export function PublishModal({
  round,
  fundedCount,
  grantedFen,
  onClose
}: {
  round: VentureRound
  fundedCount: number
  grantedFen: Fen
  onClose(): void
}) {
  const { ventureRounds } = useRepositories()
  const { modal } = App.useApp()
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(FIELDS, onClose)

  const submit = async () => {
    const values = getValues()
    const input = { startsOn: values.startsOn ?? '', endsOn: values.endsOn ?? '' }
    // Dates out of order are said at the field before asking to confirm a list that cannot go out.
    const parsed = publicityInputSchema.safeParse(input)
    if (!parsed.success) {
      placeIssues(form, zodIssues(parsed.error), (path) =>
        (FIELDS as readonly string[]).includes(path) ? path : null
      )
      return
    }
    const confirmed = await modal.confirm({
      title: S.publishConfirmTitle,
      content: S.publishConfirm(fundedCount, yuanText(grantedFen)),
      okText: S.publish,
      cancelText: S.cancel
    })
    if (!confirmed) return
    await saveAndClose(S.published, () => ventureRounds.publish(round.id, parsed.data))
  }

  return (
    <FormModal {...frame} title={S.publish} okText={S.publish} cancelText={S.cancel} onOk={submit}>
      <Typography.Paragraph type="secondary">{S.publishHint}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          startsOn: round.timeline.publicityStartsOn,
          endsOn: round.timeline.publicityEndsOn
        }}
      >
        <Form.Item name="startsOn" label={L.startsOn} required>
          <IsoDateInput />
        </Form.Item>
        <Form.Item name="endsOn" label={L.endsOn} required>
          <IsoDateInput />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
