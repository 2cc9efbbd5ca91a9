/**
 * 入驻 / 中期 / 出壳评估报告: an incubation 能力评估 as the base files it — who was assessed and
 * on what stay, the scorecard with each dimension's weighted score, the verdict and, for 出壳,
 * whether the organisation may leave the base on it.
 *
 * A 定稿 evaluation prints the total, grade and pass fixed at 定稿; a draft prints what its scores
 * come to under the office's bands today, said to be provisional, and carries 草稿 on every page.
 */
import type { Evaluation, EvaluationKind } from '../../domain/evaluations/evaluation'
import {
  evaluationGrade,
  isPassingGrade,
  type EvaluationBands
} from '../../domain/evaluations/grade-bands'
import { SCORECARD_WEIGHT_TOTAL, weightedTotal } from '../../domain/evaluations/scorecard'
import type { Incubation } from '../../domain/incubation/incubation'
import { hasPassingGraduationAssessment } from '../../domain/incubation/incubation-workflow'
import type { Organization } from '../../domain/organizations/organization'
import type { ReportBlock, ReportContext, ReportDocument, ReportField } from '../report-model'
import {
  BLANK_VALUE,
  contactFields,
  dateText,
  periodText,
  scoreText,
  sectionHeadings,
  signatureBlock,
  textParagraphs
} from './report-text'

export interface IncubationEvaluationReportInput {
  evaluation: Evaluation
  /** The stay the evaluation assesses. */
  stay: Incubation
  organization: Organization
  /** The office's bands now: what a draft's provisional grade is read against. */
  bands: EvaluationBands
}

const TITLES: Readonly<Record<EvaluationKind, string>> = {
  入驻: '入驻评估报告',
  中期: '中期评估报告',
  出壳: '出壳评估报告'
}

export function buildIncubationEvaluationReport(
  input: IncubationEvaluationReportInput,
  context: ReportContext
): ReportDocument {
  const { evaluation, stay, organization } = input
  const title = TITLES[evaluation.kind]
  const headings = sectionHeadings()
  const blocks: ReportBlock[] = [
    headings.section('基本情况'),
    { kind: 'fields', fields: basicFields(input, context) },
    headings.section('评估得分'),
    ...scoreBlocks(evaluation),
    headings.section('评估结论'),
    ...conclusion(input),
    headings.section('评估意见'),
    ...textParagraphs(evaluation.findings, '无。'),
    signatureBlock(
      [
        { label: '评估人', value: evaluation.evaluators.trim() },
        { label: '审核人', value: '' }
      ],
      context
    )
  ]
  return {
    meta: {
      title,
      subtitle: organization.name,
      number: context.number,
      date: context.date,
      office: context.office,
      subject: `${organization.name}${title}（${dateText(evaluation.evaluatedOn)}）`,
      keywords: ['孵化', `${evaluation.kind}评估`, organization.name],
      draft: evaluation.status !== '定稿'
    },
    parties: [
      { label: '评估对象', value: organization.name },
      { label: '孵化基地', value: stay.baseName || context.office || BLANK_VALUE },
      { label: '评估人', value: evaluation.evaluators.trim() || BLANK_VALUE }
    ],
    blocks
  }
}

function basicFields(
  { evaluation, stay, organization }: IncubationEvaluationReportInput,
  context: ReportContext
): ReportField[] {
  const extensions = stay.extensions.length
  return [
    { label: '机构名称', value: organization.name },
    organization.uscc || !organization.filingNo
      ? { label: '统一社会信用代码', value: organization.uscc ?? BLANK_VALUE }
      : { label: '备案编号', value: organization.filingNo },
    { label: '法定代表人/负责人', value: organization.legalRepName || BLANK_VALUE },
    ...contactFields(organization, context.revealPersonalData),
    { label: '入驻协议编号', value: stay.agreementNo ?? BLANK_VALUE },
    { label: '入驻日期', value: dateText(stay.admittedOn) },
    {
      label: '孵化期限',
      value:
        periodText(stay.admittedOn, stay.plannedEndOn) +
        (extensions > 0 ? `（续驻 ${extensions} 次）` : '')
    },
    { label: '孵化方式', value: stay.mode ? `${stay.mode}孵化` : BLANK_VALUE },
    { label: '导师', value: stay.mentor ?? BLANK_VALUE },
    { label: '评估类型', value: `${evaluation.kind}评估` },
    { label: '评估日期', value: dateText(evaluation.evaluatedOn) }
  ]
}

/** The scorecard: each dimension's weight, score and weighted score, the total in the foot. */
function scoreBlocks(evaluation: Evaluation): ReportBlock[] {
  const total = evaluation.total ?? weightedTotal(evaluation.dimensions)
  return [
    {
      kind: 'paragraph',
      text: `各维度按百分制评分，加权得分＝权重×得分÷${SCORECARD_WEIGHT_TOTAL}；总分为各维度加权得分之和，保留一位小数。`
    },
    {
      kind: 'table',
      caption: '评估得分',
      columns: [
        { header: '序号', widthChars: 3, align: 'center' },
        { header: '评估维度' },
        { header: '权重', widthChars: 4, align: 'right' },
        { header: '得分', widthChars: 5, align: 'right' },
        { header: '加权得分', widthChars: 5, align: 'right' }
      ],
      rows: evaluation.dimensions.map((dimension, index) => [
        String(index + 1),
        dimension.name,
        String(dimension.weight),
        scoreText(dimension.score),
        scoreText(weightedTotal([dimension]))
      ]),
      foot: [
        [
          '合计',
          '',
          String(evaluation.dimensions.reduce((sum, dimension) => sum + dimension.weight, 0)),
          '',
          scoreText(total)
        ]
      ]
    }
  ]
}

/** Total, grade and pass; for 出壳 also whether the organisation may graduate on it. */
function conclusion({ evaluation, stay, bands }: IncubationEvaluationReportInput): ReportBlock[] {
  const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text })
  const kind = `${evaluation.kind}评估`

  if (evaluation.status === '定稿') {
    const blocks = [
      paragraph(
        `本次${kind}总分 ${scoreText(evaluation.total)} 分，等级为${evaluation.grade ?? BLANK_VALUE}，结论为${evaluation.passed ? '合格' : '不合格'}。`
      )
    ]
    if (evaluation.kind === '出壳') {
      blocks.push(
        paragraph(
          hasPassingGraduationAssessment([evaluation])
            ? stay.status === '出壳'
              ? `该组织已于${dateText(stay.endedOn)}出壳。`
              : '该组织符合出壳条件，可按程序办理出壳。'
            : '该组织未达到出壳条件，暂不能出壳；整改后可重新进行出壳评估。'
        )
      )
    }
    return blocks
  }

  const unscored = evaluation.dimensions.filter((dimension) => dimension.score === null)
  const total = weightedTotal(evaluation.dimensions)
  if (total === null) {
    return [
      paragraph(
        `本评估尚未定稿，尚有 ${unscored.length} 个维度未评分（${unscored.map((dimension) => dimension.name).join('、')}），暂无总分。`
      )
    ]
  }
  const grade = evaluationGrade(total, bands)
  return [
    paragraph(
      `本评估尚未定稿。按现有评分暂计总分 ${scoreText(total)} 分，按本单位现行分数线（优秀 ${bands.优秀} 分、良好 ${bands.良好} 分、合格 ${bands.合格} 分）暂评等级为${grade}，结论为${isPassingGrade(grade) ? '合格' : '不合格'}。`
    ),
    paragraph(
      evaluation.kind === '出壳'
        ? '出壳须以定稿且结论合格的出壳评估为依据，本评估定稿前不能据以办理出壳。'
        : '总分、等级和结论以定稿时为准。'
    )
  ]
}
