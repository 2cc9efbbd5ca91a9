/**
 * 评分标准: the office's score bands — 评估等次 on the 100-point total of an assessment, and the
 * 社会组织等级评估 grades on the jurisdiction's 1000-point scale. Both are local practice
 * (domain-cn.md §2.3), so the form says so and shows two localities' tables as examples.
 */
import { Button, Flex, Form, InputNumber, Typography } from 'antd'
import type { Rule } from 'antd/es/form'
import {
  DEFAULT_GRADING_SETTINGS,
  gradingSettingsSchema,
  type EvaluationBands,
  type GradingSettings,
  type RatingBands
} from '@shared/domain/evaluations/grade-bands'
import { useGradingSettings, useSettingsRepository } from '@renderer/db/use-settings'
import { SettingsCard } from './settings-card'
import { SETTINGS_STRINGS as S } from './strings'
import { useSettingsSave } from './use-settings-save'

type BandGroup = keyof GradingSettings

const EVALUATION_GRADES: readonly (keyof EvaluationBands)[] = ['优秀', '良好', '合格']
const RATING_GRADES: readonly (keyof RatingBands)[] = ['5A', '4A', '3A', '2A', '1A']

/**
 * Checks the band's whole group, because the order of the lines is a rule of the group: the
 * message lands on whichever band the shared rule names.
 */
function bandRule(group: BandGroup, band: string): Rule {
  return ({ getFieldValue }) => ({
    validator: async () => {
      const result = gradingSettingsSchema.shape[group].safeParse(getFieldValue(group))
      const issue = result.error?.issues.find((candidate) => candidate.path[0] === band)
      if (issue) throw new Error(issue.message)
    }
  })
}

function hasFormField(field: string): boolean {
  const [group, band, ...rest] = field.split('.')
  return (
    rest.length === 0 &&
    band !== undefined &&
    (group === 'evaluationBands' || group === 'ratingBands') &&
    Object.hasOwn(gradingSettingsSchema.shape[group].shape, band)
  )
}

function BandFields({
  group,
  grades,
  label
}: {
  group: BandGroup
  grades: readonly string[]
  label: (grade: string) => string
}) {
  return (
    <Flex gap="middle" wrap>
      {grades.map((grade) => (
        <Form.Item
          key={grade}
          name={[group, grade]}
          label={label(grade)}
          required
          rules={[bandRule(group, grade)]}
          dependencies={grades.filter((other) => other !== grade).map((other) => [group, other])}
          style={{ width: 140 }}
        >
          <InputNumber style={{ width: 120 }} />
        </Form.Item>
      ))}
    </Flex>
  )
}

export function GradingSettingsForm({ initial }: { initial: GradingSettings }) {
  const [form] = Form.useForm<GradingSettings>()
  const repository = useSettingsRepository()
  const { save, saving, restoreDefaults } = useSettingsSave(
    form,
    (values) => repository.saveGrading(values),
    S.gradingSaved,
    hasFormField
  )

  return (
    <Form<GradingSettings>
      form={form}
      name="grading"
      layout="vertical"
      initialValues={initial}
      onFinish={save}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {S.evaluationBandsTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{S.evaluationBandsIntro}</Typography.Paragraph>
      <BandFields
        group="evaluationBands"
        grades={EVALUATION_GRADES}
        label={S.evaluationBandLabel}
      />
      <Typography.Title level={5}>{S.ratingBandsTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {S.ratingBandsIntro}
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {S.ratingBandsExamples.map((example) => (
            <li key={example}>{example}</li>
          ))}
        </ul>
      </Typography.Paragraph>
      <BandFields group="ratingBands" grades={RATING_GRADES} label={S.ratingBandLabel} />
      <Flex gap="small" style={{ marginTop: 8 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {S.save}
        </Button>
        <Button
          onClick={() =>
            restoreDefaults(
              () => structuredClone(DEFAULT_GRADING_SETTINGS),
              S.gradingDefaultsContent
            )
          }
        >
          {S.restoreDefaults}
        </Button>
      </Flex>
    </Form>
  )
}

export function GradingSettingsCard() {
  const settings = useGradingSettings()
  return (
    <SettingsCard title={S.gradingTitle} settings={settings}>
      {(initial) => <GradingSettingsForm initial={initial} />}
    </SettingsCard>
  )
}
