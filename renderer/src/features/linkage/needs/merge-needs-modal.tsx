/**
 * 合并重复需求: the need kept and its duplicates of the same community. The merge rule
 * (mergeNeeds) is asked while choosing, so what it refuses shows before anything is sent, and
 * the sum the kept need will carry is shown; merging cannot be undone, so it asks once more,
 * saying the counts add up and the duplicates are archived.
 */
import { useMemo, useState } from 'react'
import { App, Form, Select, Typography } from 'antd'
import type { DefaultOptionType } from 'antd/es/select'
import { confirmFirst, FormModal, useFormDialog } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import { mergeNeeds } from '@shared/domain/linkage/need-merge'
import { matchesPinyinQuery, normalizeQuery, type PinyinKeys } from '@shared/text/pinyin'
import type { NeedRow } from './need-columns'
import { NEED_STRINGS as S } from './strings'

interface MergeValues {
  targetId?: string
  duplicateIds?: string[]
}

const FIELDS = ['targetId', 'duplicateIds']

const option = (row: NeedRow) => ({
  value: row.id,
  label: S.mergeOption(row.name, row.communityName, row.raisedBy, row.status),
  keys: row as PinyinKeys
})

const filterNeed = (input: string, candidate?: DefaultOptionType) =>
  !!candidate?.keys &&
  matchesPinyinQuery(
    normalizeQuery(input),
    String(candidate.label).toLowerCase(),
    candidate.keys as PinyinKeys
  )

/** The target and duplicates the grid's ticked rows suggest: the most-asked one kept. */
function fromSelection(rows: readonly NeedRow[], selectedIds: readonly string[]): MergeValues {
  const ticked = rows.filter((row) => row.archivedAt === null && selectedIds.includes(row.id))
  const target = ticked[0]
  if (!target) return {}
  return {
    targetId: target.id,
    duplicateIds: ticked
      .slice(1)
      .filter((row) => row.communityId === target.communityId)
      .map((row) => row.id)
  }
}

export interface MergeNeedsModalProps {
  /** The list's rows in rank order, archived and merged ones included. */
  rows: readonly NeedRow[]
  /** The rows ticked in the grid, offered as the first choice. */
  selectedIds: readonly string[]
  onClose(): void
  onMerged(): void
}

export function MergeNeedsModal({ rows, selectedIds, onClose, onMerged }: MergeNeedsModalProps) {
  const { needs } = useRepositories()
  const { modal } = App.useApp()
  const { form, getValues, saveAndClose, frame } = useFormDialog<MergeValues>(FIELDS, onClose)
  const initialValues = useMemo(() => fromSelection(rows, selectedIds), [rows, selectedIds])
  const targetId = Form.useWatch('targetId', form) as string | undefined
  const duplicateIds = (Form.useWatch('duplicateIds', form) as string[] | undefined) ?? []

  const open = useMemo(() => rows.filter((row) => row.archivedAt === null), [rows])
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows])
  const target = targetId ? byId.get(targetId) : undefined
  const duplicates = duplicateIds.flatMap((id) => byId.get(id) ?? [])
  const duplicateOptions = target
    ? open
        .filter((row) => row.communityId === target.communityId && row.id !== target.id)
        .map(option)
    : []

  const merge = target ? mergeNeeds(target, duplicates, '') : null
  const refusal = merge && !merge.ok ? merge.issues.map((issue) => issue.message).join('；') : null
  // The rule speaks once duplicates are chosen, or once 合并 was pressed without any.
  const [tried, setTried] = useState(false)
  const shownRefusal = refusal && (tried || duplicates.length > 0) ? refusal : null

  const submit = async () => {
    setTried(true)
    try {
      await form.validateFields(['targetId'])
    } catch {
      return
    }
    if (!target || !merge?.ok) return
    const total = merge.value.target.raisedBy
    const confirmed = await confirmFirst(modal, {
      title: S.mergeConfirmTitle,
      content: S.mergeConfirmText(
        target.name,
        [target, ...duplicates].map((need) => need.raisedBy),
        total,
        duplicates.map((need) => need.name)
      ),
      okText: S.mergeOk,
      cancelText: S.cancel
    })
    if (!confirmed) return
    const values = getValues()
    await saveAndClose(
      S.merged(target.name, total),
      () => needs.merge(values.targetId ?? '', values.duplicateIds ?? []),
      onMerged
    )
  }

  return (
    <FormModal
      {...frame}
      title={S.mergeTitle}
      okText={S.mergeOk}
      cancelText={S.cancel}
      onOk={submit}
      width={640}
    >
      <Typography.Paragraph type="secondary">{S.mergeIntro}</Typography.Paragraph>
      <Form<MergeValues> form={form} layout="vertical" initialValues={initialValues}>
        <Form.Item
          name="targetId"
          label={S.mergeTarget}
          rules={[{ required: true, message: S.mergeTargetRequired }]}
        >
          <Select<string>
            options={open.map(option)}
            showSearch={{ filterOption: filterNeed }}
            placeholder={S.mergeTargetPlaceholder}
            onChange={() => form.setFieldValue('duplicateIds', [])}
          />
        </Form.Item>
        <Form.Item
          name="duplicateIds"
          label={S.mergeDuplicates}
          required
          extra={target ? S.mergeDuplicatesExtra(target.communityName) : null}
          validateStatus={shownRefusal ? 'error' : undefined}
          help={shownRefusal ?? undefined}
        >
          <Select<string[]>
            mode="multiple"
            options={duplicateOptions}
            disabled={!target}
            showSearch={{ filterOption: filterNeed }}
            placeholder={S.mergeDuplicatesPlaceholder}
          />
        </Form.Item>
      </Form>
      {target && merge?.ok ? (
        <Typography.Text strong>
          {S.mergePreview(
            target.name,
            merge.value.target.raisedBy,
            [target, ...duplicates].map((need) => need.raisedBy)
          )}
        </Typography.Text>
      ) : null}
    </FormModal>
  )
}
