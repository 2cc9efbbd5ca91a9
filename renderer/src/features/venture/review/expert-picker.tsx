/** Step 1 of the review day: who sits at the PC now, among the round's assigned experts. */
import { useId } from 'react'
import { Card, Empty, Form, Select, Typography } from 'antd'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import { REVIEW_STRINGS as S } from './strings'

export interface ExpertPickerProps {
  /** Experts with at least one assignment in the round, in name order. */
  experts: readonly Reviewer[]
  onChoose(reviewerId: string): void
}

export function ExpertPicker({ experts, onChoose }: ExpertPickerProps) {
  const id = useId()
  if (experts.length === 0) return <Empty description={S.noAssignedExperts} />
  return (
    <Card>
      <Form layout="vertical">
        <Form.Item label={S.chooseExpert} htmlFor={id}>
          <Select<string>
            id={id}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={S.chooseExpertPlaceholder}
            style={{ maxWidth: 480 }}
            onChange={onChoose}
            options={experts.map((expert) => ({
              value: expert.id,
              label: expert.affiliation ? `${expert.name}（${expert.affiliation}）` : expert.name
            }))}
          />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{S.chooseExpertHint}</Typography.Text>
    </Card>
  )
}
