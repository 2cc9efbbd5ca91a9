/**
 * 孵化基地设置: the base's name, its deadlines and periods, and the capacity-assessment scorecard.
 * New stays and assessments copy these when they are created, so a change never rewrites one
 * already on file.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd'
import type { Rule } from 'antd/es/form'
import {
  scorecardSchema,
  SCORECARD_WEIGHT_TOTAL,
  type ScorecardDimension
} from '@shared/domain/evaluations/scorecard'
import {
  DEFAULT_INCUBATION_SETTINGS,
  incubationSettingsSchema,
  type IncubationSettings
} from '@shared/domain/incubation/incubation-settings'
import { useIncubationSettings, useSettingsRepository } from '@renderer/db/use-settings'
import { schemaRule } from '@renderer/components/form-issues'
import { SettingsCard } from './settings-card'
import { SETTINGS_STRINGS as S } from './strings'
import { useSettingsSave } from './use-settings-save'

type NumberField = Exclude<keyof IncubationSettings, 'baseName' | 'scorecard'>

const NUMBER_FIELDS: ReadonlyArray<{ name: NumberField; label: string; extra: string }> = [
  { name: 'reviewWorkingDays', label: S.reviewDaysLabel, extra: S.reviewDaysExtra },
  { name: 'handoverWorkingDays', label: S.handoverDaysLabel, extra: S.handoverDaysExtra },
  { name: 'termMonths', label: S.termMonthsLabel, extra: S.termMonthsExtra },
  { name: 'maxExtensions', label: S.maxExtensionsLabel, extra: S.maxExtensionsExtra },
  { name: 'endingSoonDays', label: S.endingSoonLabel, extra: S.endingSoonExtra }
]

/** A row being edited: a fresh one has no weight yet. */
type DimensionRow = Partial<ScorecardDimension>

const dimensionShape = scorecardSchema.element.shape

function fieldRule(field: keyof IncubationSettings): Rule {
  return schemaRule(incubationSettingsSchema.shape[field])
}

function hasFormField(field: string): boolean {
  return (
    /^scorecard\.\d+\.(name|weight)$/.test(field) ||
    (field !== 'scorecard' && Object.hasOwn(incubationSettingsSchema.shape, field))
  )
}

/**
 * Random rather than numbered, so a new dimension never takes the key of one removed earlier and
 * inherits its place in the score trends.
 */
function newDimensionKey(): string {
  return `dim-${crypto.randomUUID().slice(0, 8)}`
}

function weightTotal(rows: readonly DimensionRow[]): number {
  return rows.reduce((sum, row) => sum + (typeof row.weight === 'number' ? row.weight : 0), 0)
}

/** What the scorecard rule says about the list as a whole: the weight total, repeated names. */
function scorecardProblems(rows: readonly DimensionRow[]): string[] {
  // zod skips the whole-list checks while any row has a value of the wrong type, so a cleared
  // weight counts as 0 here and the total stays on screen.
  const result = scorecardSchema.safeParse(
    rows.map((row) => ({
      key: row.key ?? '',
      name: row.name ?? '',
      weight: typeof row.weight === 'number' ? row.weight : 0
    }))
  )
  if (result.success) return []
  return result.error.issues
    .filter((issue) => issue.path.length === 0)
    .map((issue) => issue.message)
}

function ScorecardEditor({ rows }: { rows: readonly DimensionRow[] }) {
  const total = weightTotal(rows)
  const problems = scorecardProblems(rows)
  return (
    <Form.List name="scorecard">
      {(fields, { add, remove }) => (
        <>
          <Flex gap="small" aria-hidden>
            <Typography.Text type="secondary" style={{ width: 240 }}>
              {S.dimensionName}
            </Typography.Text>
            <Typography.Text type="secondary">{S.dimensionWeight}</Typography.Text>
          </Flex>
          {fields.map((field, index) => (
            <Flex key={field.key} gap="small" align="start">
              <Form.Item name={[field.name, 'key']} hidden>
                <Input />
              </Form.Item>
              <Form.Item
                name={[field.name, 'name']}
                rules={[schemaRule(dimensionShape.name)]}
                style={{ width: 240, marginBottom: 8 }}
              >
                <Input aria-label={S.dimensionNameOf(index + 1)} autoComplete="off" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'weight']}
                rules={[schemaRule(dimensionShape.weight)]}
                style={{ marginBottom: 8 }}
              >
                <InputNumber
                  aria-label={S.dimensionWeightOf(index + 1)}
                  precision={0}
                  style={{ width: 120 }}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={S.removeDimensionOf(index + 1)}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ key: newDimensionKey(), name: '' })}
            style={{ width: 240 }}
          >
            {S.addDimension}
          </Button>
          <div aria-live="polite" style={{ marginTop: 12 }}>
            <Typography.Text type={total === SCORECARD_WEIGHT_TOTAL ? undefined : 'danger'}>
              {`${S.weightTotal}：${total}`}
            </Typography.Text>
            {problems.map((problem) => (
              <div key={problem}>
                <Typography.Text type="danger">{problem}</Typography.Text>
              </div>
            ))}
          </div>
        </>
      )}
    </Form.List>
  )
}

export function IncubationSettingsForm({ initial }: { initial: IncubationSettings }) {
  const [form] = Form.useForm<IncubationSettings>()
  const repository = useSettingsRepository()
  const rows: DimensionRow[] = Form.useWatch('scorecard', form) ?? initial.scorecard

  const { save, saving, restoreDefaults } = useSettingsSave(
    form,
    (values) => repository.saveIncubation(values),
    S.incubationSaved,
    hasFormField
  )

  return (
    <Form<IncubationSettings>
      form={form}
      name="incubation"
      layout="vertical"
      initialValues={initial}
      onFinish={save}
    >
      <Typography.Paragraph type="secondary">{S.incubationIntro}</Typography.Paragraph>
      <Form.Item
        name="baseName"
        label={S.baseNameLabel}
        extra={S.baseNameExtra}
        rules={[fieldRule('baseName')]}
        style={{ maxWidth: 480 }}
      >
        <Input placeholder={S.baseNamePlaceholder} autoComplete="off" />
      </Form.Item>
      <Flex gap="middle" wrap>
        {NUMBER_FIELDS.map(({ name, label, extra }) => (
          <Form.Item
            key={name}
            name={name}
            label={label}
            extra={extra}
            required
            rules={[fieldRule(name)]}
            style={{ width: 240 }}
          >
            <InputNumber precision={0} style={{ width: 160 }} />
          </Form.Item>
        ))}
      </Flex>
      <Typography.Title level={5}>{S.scorecardTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{S.scorecardIntro}</Typography.Paragraph>
      <ScorecardEditor rows={rows} />
      <Flex gap="small" style={{ marginTop: 24 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {S.save}
        </Button>
        <Button
          onClick={() =>
            // The base name is the office's own, not a rule: it stays.
            restoreDefaults(
              () => ({
                ...structuredClone(DEFAULT_INCUBATION_SETTINGS),
                baseName: form.getFieldValue('baseName') as string
              }),
              S.incubationDefaultsContent
            )
          }
        >
          {S.restoreDefaults}
        </Button>
      </Flex>
    </Form>
  )
}

export function IncubationSettingsCard() {
  const settings = useIncubationSettings()
  return (
    <SettingsCard title={S.incubationTitle} settings={settings}>
      {(initial) => <IncubationSettingsForm initial={initial} />}
    </SettingsCard>
  )
}
