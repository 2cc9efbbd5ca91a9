/**
 * One side's sheet of a 双向评估: who rates, and a score (0 to the maximum) with a comment for
 * every obligation of both sides — its own as 自评, the other side's as 他评. 保存 keeps what is
 * typed; 提交 saves, says what is missing at the fields, and asks first; a submitted sheet is read
 * only and can be sent back (退回修改) until the evaluation is 定稿.
 */
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Space,
  Typography
} from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  MUTUAL_SIDE_LABELS,
  MUTUAL_SIDES,
  otherSide,
  submitMutualSheet,
  type MutualEvaluation,
  type MutualObligation,
  type MutualSide
} from '@shared/domain/evaluations/mutual-evaluation'
import { errorText } from '@shared/text/error-text'
import type { FieldName } from '@renderer/components/form-issues'
import { FormErrors, useFormSave } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import { MUTUAL_STRINGS as S } from './strings'

interface SheetValues {
  rater?: string
  /** In the order of the evaluation's obligations. */
  scores?: { key: string; score?: number | null; comment?: string | null }[]
}

function fieldFor(path: string): FieldName | null {
  if (path === 'rater') return 'rater'
  const row = /^scores\.(\d+)\.(score|comment|key)$/.exec(path)
  if (row) return ['scores', Number(row[1]), row[2] === 'comment' ? 'comment' : 'score']
  return null
}

export function MutualSheetCard({
  evaluation,
  side
}: {
  evaluation: MutualEvaluation
  side: MutualSide
}) {
  const { mutualEvaluations } = useRepositories()
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<SheetValues>()
  const { errors, saving, save, show } = useFormSave(form, fieldFor)
  const sheet = evaluation.sheets.find((candidate) => candidate.side === side)!
  const label = MUTUAL_SIDE_LABELS[side]
  const scoreByKey = new Map(sheet.scores.map((row) => [row.key, row]))
  const editable = evaluation.status === '草稿' && sheet.submittedAt === null

  const input = () => {
    const values = form.getFieldsValue(true) as SheetValues
    return {
      rater: values.rater ?? '',
      scores: evaluation.obligations.map((obligation, index) => ({
        key: obligation.key,
        score: values.scores?.[index]?.score ?? null,
        comment: values.scores?.[index]?.comment ?? null
      }))
    }
  }

  const keep = async () => {
    if (await save(() => mutualEvaluations.fillSheet(evaluation.id, side, input()))) {
      message.success(S.saved(label))
    }
  }

  const submit = async () => {
    const saved = await save(() => mutualEvaluations.fillSheet(evaluation.id, side, input()))
    if (!saved) return
    // What stops the sheet is shown at the obligations before the question is asked.
    const check = submitMutualSheet(saved.record, side, new Date().toISOString())
    if (!check.ok) {
      show(check.issues)
      return
    }
    const confirmed = await modal.confirm({
      title: S.submitTitle(label),
      content: S.submitText,
      okText: S.submit,
      cancelText: S.cancel
    })
    if (!confirmed) return
    if (await save(() => mutualEvaluations.submitSheet(evaluation.id, side))) {
      message.success(S.submitted(label))
    }
  }

  const reopen = async () => {
    const confirmed = await modal.confirm({
      title: S.reopenTitle(label),
      content: S.reopenText,
      okText: S.reopen,
      cancelText: S.cancel
    })
    if (!confirmed) return
    try {
      await mutualEvaluations.reopenSheet(evaluation.id, side)
      message.success(S.reopened(label))
    } catch (error) {
      message.error(`${S.actionFailed}${errorText(error)}`)
    }
  }

  /** The obligations of `whose`, each with its index in the evaluation's list. */
  const groups = MUTUAL_SIDES.map((whose) => ({
    whose,
    rows: evaluation.obligations
      .map((obligation, index) => ({ obligation, index }))
      .filter(({ obligation }) => obligation.side === whose)
  }))

  const scoreRow = ({ obligation, index }: { obligation: MutualObligation; index: number }) => (
    <Flex key={obligation.key} gap="small" align="flex-start">
      <Form.Item
        name={['scores', index, 'score']}
        label={S.scoreLabel(obligation.name, obligation.maxScore)}
        tooltip={obligation.description}
        style={{ width: 220, marginBottom: 8 }}
      >
        <InputNumber
          aria-label={S.scoreAria(label, obligation.name)}
          min={0}
          max={obligation.maxScore}
          step={0.5}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name={['scores', index, 'comment']}
        label=" "
        colon={false}
        style={{ flex: 1, marginBottom: 8 }}
      >
        <Input
          aria-label={S.commentAria(label, obligation.name)}
          placeholder={S.commentPlaceholder}
          maxLength={500}
        />
      </Form.Item>
    </Flex>
  )

  return (
    <Card title={S.sheetTitle(label)} aria-label={S.sheetTitle(label)}>
      <Flex vertical gap="small">
        <Typography.Text type="secondary">
          {S.sheetIntro(label, MUTUAL_SIDE_LABELS[otherSide(side)])}
        </Typography.Text>
        {editable ? (
          <>
            <FormErrors messages={errors} />
            <Form<SheetValues>
              form={form}
              layout="vertical"
              initialValues={{
                rater: sheet.rater,
                scores: evaluation.obligations.map((obligation) => ({
                  key: obligation.key,
                  score: scoreByKey.get(obligation.key)?.score ?? null,
                  comment: scoreByKey.get(obligation.key)?.comment ?? null
                }))
              }}
            >
              <Form.Item name="rater" label={S.rater} required>
                <Input maxLength={50} />
              </Form.Item>
              {groups.map(({ whose, rows }) => (
                <section key={whose}>
                  <Typography.Title level={5}>
                    {S.obligationsOf(MUTUAL_SIDE_LABELS[whose])}
                  </Typography.Title>
                  {rows.map(scoreRow)}
                </section>
              ))}
              <Space>
                <Button loading={saving} onClick={() => void keep()}>
                  {S.save}
                </Button>
                <Button type="primary" loading={saving} onClick={() => void submit()}>
                  {S.submit}
                </Button>
              </Space>
            </Form>
          </>
        ) : (
          <>
            <Typography.Text>
              {sheet.submittedAt
                ? S.submittedAt(sheet.rater, todayInChina(new Date(sheet.submittedAt)))
                : S.sheetPending}
            </Typography.Text>
            {groups.map(({ whose, rows }) => (
              <Descriptions
                key={whose}
                size="small"
                bordered
                column={1}
                title={S.obligationsOf(MUTUAL_SIDE_LABELS[whose])}
                items={rows.map(({ obligation }) => {
                  const row = scoreByKey.get(obligation.key)
                  return {
                    key: obligation.key,
                    label: S.scoreLabel(obligation.name, obligation.maxScore),
                    children: (
                      <Flex vertical>
                        <span>{row?.score ?? S.none}</span>
                        {row?.comment ? (
                          <Typography.Text type="secondary">{row.comment}</Typography.Text>
                        ) : null}
                      </Flex>
                    )
                  }
                })}
              />
            ))}
            {evaluation.status === '草稿' ? (
              <div>
                <Button onClick={() => void reopen()}>{S.reopen}</Button>
              </div>
            ) : null}
          </>
        )}
      </Flex>
    </Card>
  )
}
