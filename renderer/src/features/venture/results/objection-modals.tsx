/**
 * 登记异议 and 处理异议 during 公示. Upholding an objection (撤销资助) takes the grant away from
 * the application it concerns, so that outcome asks once more before it is written.
 */
import { App, Descriptions, Form, Input, Radio, Select } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  OBJECTION_OUTCOMES,
  type Objection,
  type ObjectionOutcome
} from '@shared/domain/venture/results'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useRepositories } from '@renderer/db/use-repositories'
import { RESULTS_LABELS as L, RESULTS_STRINGS as S } from './strings'

/** The Select's value for "the list as a whole", stored as applicationId null. */
const WHOLE_LIST = ''

export interface ObjectionTarget {
  applicationId: string
  title: string
  organizationName: string
}

const OBJECTION_FIELDS = ['receivedOn', 'applicationId', 'from', 'content'] as const

interface ObjectionValues {
  receivedOn?: string | null
  applicationId?: string
  from?: string
  content?: string
}

export function ObjectionModal({
  roundId,
  targets,
  onClose
}: {
  roundId: string
  /** The applications on the published list. */
  targets: readonly ObjectionTarget[]
  onClose(): void
}) {
  const { ventureRounds } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<ObjectionValues>(
    OBJECTION_FIELDS,
    onClose
  )
  const today = todayInChina()

  const submit = async () => {
    const values = getValues()
    await saveAndClose(S.objectionAdded, () =>
      ventureRounds.addObjection(roundId, {
        receivedOn: values.receivedOn ?? '',
        applicationId:
          !values.applicationId || values.applicationId === WHOLE_LIST
            ? null
            : values.applicationId,
        from: values.from ?? '',
        content: values.content ?? ''
      })
    )
  }

  return (
    <FormModal
      {...frame}
      title={S.addObjection}
      okText={S.save}
      cancelText={S.cancel}
      onOk={submit}
    >
      <Form<ObjectionValues>
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: today, applicationId: WHOLE_LIST }}
      >
        <Form.Item name="receivedOn" label={L.receivedOn} required>
          <IsoDateInput notAfter={today} />
        </Form.Item>
        <Form.Item name="applicationId" label={L.applicationId} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: WHOLE_LIST, label: S.wholeList },
              ...targets.map((target) => ({
                value: target.applicationId,
                label: `${target.title}（${target.organizationName}）`
              }))
            ]}
          />
        </Form.Item>
        <Form.Item name="from" label={L.from} required>
          <Input maxLength={40} placeholder={S.anonymousPlaceholder} />
        </Form.Item>
        <Form.Item name="content" label={L.content} required>
          <Input.TextArea rows={4} maxLength={1000} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}

const ANSWER_FIELDS = ['response', 'outcome', 'answeredOn'] as const

interface AnswerValues {
  response?: string
  outcome?: ObjectionOutcome
  answeredOn?: string | null
}

export function AnswerModal({
  roundId,
  objection,
  targetTitle,
  onClose
}: {
  roundId: string
  objection: Objection
  /** The title of the application it concerns; null for the whole list. */
  targetTitle: string | null
  onClose(): void
}) {
  const { ventureRounds } = useRepositories()
  const { modal } = App.useApp()
  const { form, getValues, saveAndClose, frame } = useFormDialog<AnswerValues>(
    ANSWER_FIELDS,
    onClose
  )
  const today = todayInChina()

  const submit = async () => {
    const values = getValues()
    if (values.outcome === '撤销资助' && targetTitle !== null) {
      const confirmed = await modal.confirm({
        title: S.revokeConfirmTitle,
        content: S.revokeConfirm(targetTitle),
        okText: S.revoke,
        okButtonProps: { danger: true },
        cancelText: S.cancel
      })
      if (!confirmed) return
    }
    await saveAndClose(S.answered, () =>
      ventureRounds.answerObjection(roundId, objection.id, {
        response: values.response ?? '',
        outcome: values.outcome,
        answeredOn: values.answeredOn ?? ''
      })
    )
  }

  return (
    <FormModal {...frame} title={S.answerTitle} okText={S.save} cancelText={S.cancel} onOk={submit}>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'receivedOn', label: L.receivedOn, children: objection.receivedOn },
          { key: 'target', label: L.applicationId, children: targetTitle ?? S.wholeList },
          { key: 'from', label: L.from, children: objection.from },
          { key: 'content', label: L.content, children: objection.content }
        ]}
      />
      <Form<AnswerValues>
        form={form}
        layout="vertical"
        initialValues={{ answeredOn: today, outcome: OBJECTION_OUTCOMES[0] }}
      >
        <Form.Item name="response" label={L.response} required>
          <Input.TextArea rows={4} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="outcome"
          label={L.outcome}
          required
          extra={targetTitle === null ? S.wholeListOutcomeHint : undefined}
        >
          <Radio.Group
            options={OBJECTION_OUTCOMES.map((outcome) => ({
              value: outcome,
              label: outcome,
              // Only an objection against one application can take that application's grant.
              disabled: outcome === '撤销资助' && targetTitle === null
            }))}
          />
        </Form.Item>
        <Form.Item name="answeredOn" label={L.answeredOn} required>
          <IsoDateInput notAfter={today} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
