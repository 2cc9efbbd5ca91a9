/**
 * 人员配备: the contract's requirement (levels × counts, summed up as the contract words it) and
 * the team from the provider's social workers, checked against it while they are picked.
 */
import { useMemo } from 'react'
import { Form, InputNumber, Select, Typography } from 'antd'
import type { FormInstance } from 'antd'
import { issueRules } from '@renderer/components/form-issues'
import { ListField } from '@renderer/components/list-field'
import type { IsoDate } from '@shared/domain/dates'
import { staffingIssues, staffingSummary } from '@shared/domain/procurement/staffing'
import { CERT_LEVELS, type SocialWorker } from '@shared/domain/social-workers/social-worker'
import { matchesPinyinQuery, normalizeQuery } from '@shared/text/pinyin'
import { filledStaffing, type PurchaseProjectFormValues } from './purchase-project-form-values'
import { PROJECT_STRINGS as S } from './strings'

const STAFFING = ['purchase', 'staffing'] as const
const ROW_ITEM = { marginBottom: 8 }
const LEVEL_OPTIONS = CERT_LEVELS.map((level) => ({ value: level, label: level }))

export function StaffingField({ form }: { form: FormInstance }) {
  const rows: PurchaseProjectFormValues['purchase']['staffing'] | undefined = Form.useWatch(
    [...STAFFING],
    form
  )
  return (
    <ListField
      name={[...STAFFING]}
      label={S.staffing}
      addLabel={S.addStaffing}
      removeLabel={S.removeStaffing}
      onAdd={(add) => {
        const used = (rows ?? []).map((row) => row?.level)
        add({ level: CERT_LEVELS.find((level) => !used.includes(level)) ?? null, count: 1 })
      }}
      footer={
        <Typography.Text type="secondary">
          {S.staffingSummary(staffingSummary(filledStaffing(rows)))}
        </Typography.Text>
      }
      renderRow={(row) => (
        <>
          <Form.Item name={[row, 'level']} style={{ ...ROW_ITEM, width: 220 }}>
            <Select aria-label={`${S.staffingLevel} ${row + 1}`} options={LEVEL_OPTIONS} />
          </Form.Item>
          <Form.Item name={[row, 'count']} style={{ ...ROW_ITEM, width: 140 }}>
            <InputNumber
              aria-label={`${S.staffingCount} ${row + 1}`}
              min={1}
              max={1000}
              precision={0}
              suffix="名"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </>
      )}
    />
  )
}

interface WorkerOption {
  value: string
  label: string
  worker: SocialWorker
}

export interface TeamFieldProps {
  form: FormInstance
  /** The registry's social workers, undefined while loading. */
  socialWorkers: readonly SocialWorker[] | undefined
  today: IsoDate
}

/**
 * The provider's social workers still in use (and any already picked), found by pinyin too. The
 * form checks the team again when the requirement or the provider changes.
 */
export function TeamField({ form, socialWorkers, today }: TeamFieldProps) {
  const organizationId: string | null = Form.useWatch('organizationId', form) ?? null
  const chosen: string[] | undefined = Form.useWatch('socialWorkerIds', form)
  const options = useMemo(
    () =>
      (socialWorkers ?? [])
        .filter(
          (w) =>
            chosen?.includes(w.id) ||
            (w.archivedAt === null && organizationId !== null && w.employerId === organizationId)
        )
        .map((w) => ({ value: w.id, label: `${w.name}（${w.certLevel}）`, worker: w })),
    [socialWorkers, organizationId, chosen]
  )

  /** Whether the picked team meets the requirement today: the rule a save applies. */
  const staffingRules = issueRules(() => {
    const values = form.getFieldsValue(true) as PurchaseProjectFormValues
    const ids = values.socialWorkerIds ?? []
    const team = (socialWorkers ?? []).filter((w) => ids.includes(w.id))
    return staffingIssues(filledStaffing(values.purchase?.staffing), team, today)
  })

  return (
    <Form.Item name="socialWorkerIds" label={S.team} rules={staffingRules}>
      <Select<string[], WorkerOption>
        mode="multiple"
        options={options}
        placeholder={organizationId ? S.teamPlaceholder : S.teamNeedsProvider}
        notFoundContent={organizationId ? S.teamEmpty : S.teamNeedsProvider}
        showSearch={{
          filterOption: (input, option) =>
            !!option && matchesPinyinQuery(normalizeQuery(input), option.worker.name, option.worker)
        }}
      />
    </Form.Item>
  )
}
