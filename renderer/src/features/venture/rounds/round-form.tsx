/**
 * 新建 / 复制上年 / 编辑 批次: one form for all three. The repository judges the round with
 * `checkRound` and its refusal lands at the fields; nothing is written until every rule holds.
 * Once the call is open only the name and the dates stay editable, as the repository allows.
 */
import { useRef, useState, type ReactNode } from 'react'
import {
  Alert,
  Col,
  ConfigProvider,
  Divider,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch
} from 'antd'
import { useRepositories } from '@renderer/db/use-repositories'
import { FormDrawer, useDrawerSave } from '@renderer/components/form-drawer'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { TranchesField } from '@renderer/components/tranches-field'
import { RATING_GRADES } from '@shared/domain/organizations/organization'
import {
  copyRound,
  newRoundDraft,
  roundAllows,
  roundFields,
  TIMELINE_STEPS,
  type RoundFields,
  type VentureRound
} from '@shared/domain/venture/round'
import { AGGREGATION_LABELS, AGGREGATION_METHODS } from '@shared/domain/venture/scoring'
import { CategoryCapsField, CriteriaField, TracksField } from './round-form-lists'
import { roundFieldFor, toDraft, toFormValues, type RoundFormValues } from './round-form-values'
import { ROUND_STRINGS as S } from './strings'

/** The eligibility rules that are a yes or a no. */
const ELIGIBILITY_SWITCHES = [
  ['allowFiled', S.allowFiled],
  ['onePerOrganizationPerTrack', S.onePerOrganizationPerTrack]
] as const

export type RoundFormMode =
  | { kind: 'create'; year: number }
  | { kind: 'copy'; from: VentureRound }
  | { kind: 'edit'; round: VentureRound }

/** What a new round starts from for `year`: the defaults, or last year's round moved on. */
function baseFor(mode: RoundFormMode, year: number): RoundFields {
  if (mode.kind === 'copy') return copyRound(roundFields(mode.from), year)
  return newRoundDraft(year, 0)
}

function initialFields(mode: RoundFormMode): RoundFields {
  if (mode.kind === 'edit') return roundFields(mode.round)
  return baseFor(mode, mode.kind === 'copy' ? mode.from.year + 1 : mode.year)
}

function titleOf(mode: RoundFormMode): string {
  if (mode.kind === 'edit') return S.editTitle(mode.round.name)
  if (mode.kind === 'copy') return S.copyTitle(mode.from.year + 1)
  return S.createTitle
}

export interface RoundFormDrawerProps {
  mode: RoundFormMode
  onClose(): void
  /** After the repository stored the round. */
  onSaved(round: VentureRound): void
}

export function RoundFormDrawer({ mode, onClose, onSaved }: RoundFormDrawerProps) {
  // Untyped: refusals address fields by dotted paths, which antd's typed name paths cannot express.
  const [form] = Form.useForm()
  const { ventureRounds } = useRepositories()
  const [initialValues] = useState(() => toFormValues(initialFields(mode)))
  const { saving, errors, save } = useDrawerSave(form, roundFieldFor)
  // The year the name and dates were last made for, so a new year moves them only if untouched.
  const baseYear = useRef(initialValues.year)
  const locked = mode.kind === 'edit' && !roundAllows(mode.round, 'editRules')

  const followYear = (changed: Partial<RoundFormValues>) => {
    if (mode.kind === 'edit' || !changed.year || baseYear.current === null) return
    const before = toFormValues(baseFor(mode, baseYear.current))
    const after = toFormValues(baseFor(mode, changed.year))
    const values = form.getFieldsValue(true) as RoundFormValues
    if (values.name === before.name) form.setFieldValue('name', after.name)
    if (JSON.stringify(values.timeline) === JSON.stringify(before.timeline)) {
      form.setFieldValue('timeline', after.timeline)
    }
    baseYear.current = changed.year
  }

  const submit = async () => {
    const saved = await save(
      toDraft(form.getFieldsValue(true) as RoundFormValues),
      (draft) =>
        mode.kind === 'edit'
          ? ventureRounds.update(mode.round.id, draft)
          : ventureRounds.create(draft),
      (round) => (mode.kind === 'edit' ? S.saved : S.created(round.name))
    )
    if (saved) onSaved(saved)
  }

  /** Rules that cannot change once the call is open, greyed out with the reason above them. */
  const rules = (children: ReactNode) => (
    <ConfigProvider componentDisabled={locked}>{children}</ConfigProvider>
  )

  return (
    <FormDrawer
      form={form}
      title={titleOf(mode)}
      strings={S}
      saving={saving}
      errors={errors}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={followYear}>
        {locked ? (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={S.lockedWhileOpen} />
        ) : null}

        <Divider titlePlacement="start">{S.sectionBasics}</Divider>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name="year" label={S.yearLabel} required>
              <InputNumber
                disabled={locked}
                min={2000}
                max={2100}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item name="name" label={S.nameLabel} required>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="fundPoolFen" label={S.fundPoolLabel} required>
              <Input disabled={locked} placeholder={S.amountPlaceholder} inputMode="decimal" />
            </Form.Item>
          </Col>
        </Row>

        {rules(
          <>
            <Divider titlePlacement="start">{S.sectionTracks}</Divider>
            <TracksField form={form} />

            <Divider titlePlacement="start">{S.sectionBudget}</Divider>
            <Row gutter={16}>
              <Col span={8}>
                <Form.Item
                  name={['budgetRules', 'perProjectCapFen']}
                  label={S.perProjectCapLabel}
                  required
                >
                  <Input placeholder={S.amountPlaceholder} inputMode="decimal" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  name={['budgetRules', 'maxGrantSharePercent']}
                  label={S.maxGrantShareLabel}
                  required
                >
                  <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  name={['budgetRules', 'minMatchingSharePercent']}
                  label={S.minMatchingShareLabel}
                >
                  <InputNumber
                    min={0}
                    max={100}
                    precision={0}
                    placeholder={S.minMatchingSharePlaceholder}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
            </Row>
            <CategoryCapsField form={form} />

            <Divider titlePlacement="start">{S.sectionEligibility}</Divider>
            <Row gutter={16}>
              {ELIGIBILITY_SWITCHES.map(([key, label]) => (
                <Col key={key} span={12}>
                  <Form.Item name={['eligibility', key]} label={label} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Col>
              ))}
              <Col span={12}>
                <Form.Item
                  name={['eligibility', 'noFailedEvaluationYears']}
                  label={S.noFailedEvaluationYears}
                  extra={S.noFailedEvaluationYearsHint}
                  required
                >
                  <InputNumber
                    min={0}
                    max={10}
                    precision={0}
                    suffix="年"
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={['eligibility', 'minRating']} label={S.minRating}>
                  <Select
                    allowClear
                    placeholder={S.noMinRating}
                    options={RATING_GRADES.map((grade) => ({ value: grade, label: grade }))}
                  />
                </Form.Item>
              </Col>
            </Row>

            <Divider titlePlacement="start">{S.sectionCriteria}</Divider>
            <CriteriaField form={form} />
            <Form.Item name="aggregation" label={S.aggregation} required>
              <Select
                options={AGGREGATION_METHODS.map((method) => ({
                  value: method,
                  label: AGGREGATION_LABELS[method]
                }))}
              />
            </Form.Item>
          </>
        )}

        <Divider titlePlacement="start">{S.sectionTimeline}</Divider>
        <Row gutter={16}>
          {TIMELINE_STEPS.map(([step, label]) => (
            <Col key={step} span={6}>
              <Form.Item name={['timeline', step]} label={label} required>
                <IsoDateInput />
              </Form.Item>
            </Col>
          ))}
        </Row>

        {rules(
          <>
            <Divider titlePlacement="start">{S.sectionTranches}</Divider>
            <TranchesField form={form} strings={S} />
          </>
        )}
      </Form>
    </FormDrawer>
  )
}
