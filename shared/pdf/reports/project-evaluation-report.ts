/**
 * 公益创投项目中期 / 末期 / 年度评估报告 and 政府购买服务项目绩效评估报告: a project evaluation scored
 * leaf by leaf against the 绩效目标表 it copied, as the purchaser (or 资助方) files it — the
 * project, how and by whom it was evaluated, every indicator's score with its basis and the
 * first-level subtotals, the satisfaction survey, the verdict, and the findings.
 *
 * A correction (更正) is a new version; its report says which version it corrects and why, and
 * the report of a version that was corrected says it no longer stands, so a superseded verdict
 * can never be filed as the current one.
 */
import {
  evaluationGrade,
  isPassingGrade,
  type EvaluationBands
} from '../../domain/evaluations/grade-bands'
import {
  evaluationTotal,
  isSatisfactionIndicator,
  satisfactionRate,
  subtotals,
  type ProjectEvaluation
} from '../../domain/evaluations/project-evaluation'
import { leafIndicators, type IndicatorNode } from '../../domain/performance/indicator'
import { achievement, depthFirst } from '../../domain/performance/indicator-tree'
import type { Agreement } from '../../domain/projects/agreement'
import type { Organization } from '../../domain/organizations/organization'
import type { Project } from '../../domain/projects/project'
import type {
  ReportBlock,
  ReportColumn,
  ReportContext,
  ReportDocument,
  ReportField
} from '../report-model'
import {
  asSentence,
  BLANK_VALUE,
  contactFields,
  dateText,
  evaluationKindText,
  instantDateText,
  percentText,
  projectFields,
  projectFunder,
  scoreText,
  sectionHeadings,
  signatureBlock,
  textParagraphs
} from './report-text'

export interface ProjectEvaluationReportInput {
  evaluation: ProjectEvaluation
  project: Project
  /** The provider (承接机构). */
  organization: Organization
  /** The project's live agreement; null before one is drafted. */
  agreement: Agreement | null
  /** The 公益创投 round's name; null for a purchase or a round no longer on record. */
  roundName: string | null
  /** The version this one corrects (`supersedesId`); null for version 1 or when not found. */
  corrected: ProjectEvaluation | null
  /** The version that corrected this one (`supersededById`); null while it stands. */
  correctedBy: ProjectEvaluation | null
  /** The office's bands now: what a draft's provisional grade is read against. */
  bands: EvaluationBands
}

/** `中期评估`, `2026年度评估`. */
function kindText(evaluation: Pick<ProjectEvaluation, 'kind' | 'year'>): string {
  return `${evaluationKindText(evaluation)}评估`
}

/** A third party signs as the 评估机构; the purchaser's or provider's people as 评估人. */
function evaluatorLabel(evaluation: Pick<ProjectEvaluation, 'mode'>): string {
  return evaluation.mode === '第三方评估' ? '评估机构' : '评估人'
}

/**
 * 公益创投 reports are named by their kind (`公益创投项目末期评估报告`); a purchase's is always the
 * 绩效评估报告 of 102号令, its kind going to the subtitle.
 */
function titles(evaluation: ProjectEvaluation, project: Project) {
  if (project.purchase === null) {
    return {
      title: `公益创投项目${evaluation.kind}评估报告`,
      subtitle:
        evaluation.kind === '年度' && evaluation.year !== null
          ? `${project.title}（${evaluation.year}年度）`
          : project.title
    }
  }
  return {
    title: '政府购买服务项目绩效评估报告',
    subtitle: `${project.title}（${kindText(evaluation)}）`
  }
}

export function buildProjectEvaluationReport(
  input: ProjectEvaluationReportInput,
  context: ReportContext
): ReportDocument {
  const { evaluation, project, organization, agreement } = input
  const { title, subtitle } = titles(evaluation, project)
  const funder = projectFunder(project, agreement, context.office)
  const headings = sectionHeadings()
  const evaluators = evaluation.evaluators.trim()

  const blocks: ReportBlock[] = [
    ...supersededNotice(input),
    headings.section('项目基本情况'),
    {
      kind: 'fields',
      fields: [
        ...projectFields(input, context.office),
        ...contactFields(organization, context.revealPersonalData, '承接机构')
      ]
    },
    headings.section('评估方式'),
    { kind: 'fields', fields: methodFields(evaluation) },
    ...methodParagraphs(input, funder),
    headings.section('指标得分'),
    ...scoreBlocks(evaluation),
    ...(evaluation.survey ? [headings.section('满意度'), ...surveyBlocks(evaluation)] : []),
    headings.section('评估结论'),
    ...conclusion(input),
    headings.section('问题与建议'),
    headings.subsection('评估发现'),
    ...textParagraphs(evaluation.findings, '无。'),
    headings.subsection('改进建议'),
    ...textParagraphs(evaluation.recommendations, '无。'),
    signatureBlock(
      [
        { label: evaluatorLabel(evaluation), value: evaluators },
        { label: '审核人', value: '' }
      ],
      context
    )
  ]

  return {
    meta: {
      title,
      subtitle,
      number: context.number,
      date: context.date,
      office: context.office,
      subject: `${project.title}${kindText(evaluation)}（${organization.name}，第 ${evaluation.version} 版）`,
      keywords: [project.channel, kindText(evaluation), project.title, organization.name],
      draft: evaluation.status !== '定稿'
    },
    parties: [
      funder,
      { label: '承接方', value: organization.name },
      {
        label: evaluatorLabel(evaluation),
        value: evaluators || BLANK_VALUE
      }
    ],
    blocks
  }
}

/** Printed before everything else on a version that a later correction replaced. */
function supersededNotice({
  evaluation,
  correctedBy
}: ProjectEvaluationReportInput): ReportBlock[] {
  if (evaluation.supersededById === null) return []
  const by = correctedBy
    ? `第 ${correctedBy.version} 版（${instantDateText(correctedBy.finalizedAt)}定稿）`
    : '更正版本'
  return [
    {
      kind: 'paragraph',
      text: `特别说明：本评估第 ${evaluation.version} 版已被${by}更正，本报告仅供查阅，评估结论以更正后的版本为准。`
    }
  ]
}

function methodFields(evaluation: ProjectEvaluation): ReportField[] {
  return [
    { label: '评估类型', value: kindText(evaluation) },
    { label: '评估方式', value: evaluation.mode },
    { label: '评估日期', value: dateText(evaluation.evaluatedOn) },
    {
      label: evaluatorLabel(evaluation),
      value: evaluation.evaluators.trim() || BLANK_VALUE
    },
    { label: '报告版本', value: `第 ${evaluation.version} 版` },
    {
      label: '定稿情况',
      value:
        evaluation.status === '定稿'
          ? `${evaluation.finalizedBy ?? BLANK_VALUE}于${instantDateText(evaluation.finalizedAt)}定稿`
          : '未定稿'
    }
  ]
}

function methodParagraphs(
  { evaluation, corrected }: ProjectEvaluationReportInput,
  funder: ReportField
): ReportBlock[] {
  const who =
    evaluation.mode === '自评'
      ? '本次评估为承接机构自评'
      : evaluation.mode === '购买方评价'
        ? `本次评估由${funder.label}${funder.value}组织评价`
        : `本次评估由${funder.label}${funder.value}委托第三方评估机构实施`
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: `${who}，以项目绩效目标表为依据，对照各项指标值和实际完成值逐项评分。末级指标的分值即其满分，各末级指标得分之和为总分，满分 100 分。`
    }
  ]
  if (evaluation.version > 1) {
    const previous = `第 ${evaluation.version - 1} 版`
    const when = corrected ? `${instantDateText(corrected.finalizedAt)}定稿的` : ''
    blocks.push({
      kind: 'paragraph',
      text: `本报告为更正后的第 ${evaluation.version} 版，更正${when}${previous}。更正原因：${asSentence(evaluation.correctionReason ?? BLANK_VALUE)}`
    })
  }
  return blocks
}

/** The total: fixed at 定稿, else what the scores add up to so far (null while any is missing). */
function totalOf(evaluation: ProjectEvaluation): number | null {
  return evaluation.status === '定稿'
    ? evaluation.total
    : evaluationTotal(evaluation.indicators, evaluation.scores)
}

/** `26 场`, `92%`: a figure with its unit, a percent sign set close. */
function quantity(value: number, unit: string): string {
  return unit === '' || unit === '%' ? `${value}${unit}` : `${value} ${unit}`
}

/** `指标值 ≥24 场，实际完成 26 场；查阅活动台账`: what a leaf's score rests on. */
function basisText(leaf: IndicatorNode, evidence: string | null): string {
  const { target, actual } = leaf
  const unit = target?.unit ?? ''
  const parts = [
    target ? `指标值 ${target.comparison}${quantity(target.value, unit)}` : '',
    actual !== null ? `实际完成 ${quantity(actual, unit)}` : ''
  ].filter((part) => part !== '')
  return [parts.join('，'), evidence?.trim() ?? ''].filter((part) => part !== '').join('；')
}

/**
 * The indicator columns for a tree of one, two or three levels: names run to about seven
 * characters at the bottom level (立项依据充分性) and fewer above, and 说明 takes what is left.
 */
const LEVEL_COLUMNS: readonly (readonly ReportColumn[])[] = [
  [{ header: '指标', widthChars: 9 }],
  [
    { header: '一级指标', widthChars: 6 },
    { header: '二级指标', widthChars: 8 }
  ],
  [
    { header: '一级指标', widthChars: 5 },
    { header: '二级指标', widthChars: 6 },
    { header: '三级指标', widthChars: 7 }
  ]
]

/**
 * The indicators in tree order, one row per scored leaf under one column per level; an
 * indicator's name is printed on the first row under it only, as a merged cell would show it.
 * Each first-level indicator with indicators under it closes with its 小计 row.
 */
function scoreBlocks(evaluation: ProjectEvaluation): ReportBlock[] {
  const { indicators, scores } = evaluation
  const levels = Math.max(1, ...indicators.map((node) => node.level))
  const byKey = new Map(indicators.map((node) => [node.key, node]))
  const leaves = new Set(leafIndicators(indicators).map((leaf) => leaf.key))
  const scoreOf = new Map(scores.map((row) => [row.key, row]))
  const subtotalOf = new Map(subtotals(indicators, scores).map((row) => [row.key, row]))
  const printed = new Set<string>()
  const blanks = (count: number) => Array.from({ length: count }, () => '')

  const chain = (node: IndicatorNode): IndicatorNode[] => {
    const nodes = [node]
    let parent = node.parentKey === null ? undefined : byKey.get(node.parentKey)
    while (parent && !nodes.includes(parent)) {
      nodes.unshift(parent)
      parent = parent.parentKey === null ? undefined : byKey.get(parent.parentKey)
    }
    return nodes
  }

  const rows: string[][] = []
  let root: IndicatorNode | null = null
  const closeRoot = () => {
    if (root === null || leaves.has(root.key)) return
    const subtotal = subtotalOf.get(root.key)
    rows.push([
      `${root.name}小计`,
      ...blanks(levels - 1),
      String(root.weight),
      scoreText(subtotal?.score ?? null),
      ''
    ])
  }
  for (const node of depthFirst(indicators)) {
    if (node.parentKey === null || !byKey.has(node.parentKey)) {
      closeRoot()
      root = node
    }
    if (!leaves.has(node.key)) continue
    const names = blanks(levels)
    for (const step of chain(node)) {
      if (printed.has(step.key)) continue
      printed.add(step.key)
      names[Math.min(step.level, levels) - 1] = step.name
    }
    const row = scoreOf.get(node.key)
    rows.push([
      ...names,
      String(node.weight),
      scoreText(row?.score ?? null),
      basisText(node, row?.evidence ?? null)
    ])
  }
  closeRoot()

  const fullMarks = [...leaves].reduce((sum, key) => sum + byKey.get(key)!.weight, 0)
  return [
    {
      kind: 'table',
      caption: '指标得分',
      columns: [
        ...LEVEL_COLUMNS[levels - 1]!,
        { header: '分值', widthChars: 3, align: 'right' as const },
        { header: '得分', widthChars: 4, align: 'right' as const },
        { header: '说明' }
      ],
      rows,
      foot: [['合计', ...blanks(levels - 1), String(fullMarks), scoreText(totalOf(evaluation)), '']]
    }
  ]
}

function surveyBlocks(evaluation: ProjectEvaluation): ReportBlock[] {
  const survey = evaluation.survey!
  const scoreOf = new Map(evaluation.scores.map((row) => [row.key, row.score]))
  const indicators = leafIndicators(evaluation.indicators)
    .filter(isSatisfactionIndicator)
    .map(
      (leaf) =>
        `“${leaf.name}”（分值 ${leaf.weight} 分）得分 ${scoreText(scoreOf.get(leaf.key) ?? null)} 分`
    )
  return [
    {
      kind: 'paragraph',
      text:
        `本次共调查服务对象 ${survey.surveyed} 人，其中表示满意的 ${survey.satisfied} 人，满意率 ${percentText(satisfactionRate(survey))}。` +
        (indicators.length > 0 ? `满意度指标${indicators.join('，')}。` : '')
    }
  ]
}

/**
 * How many leaves reached their target on the evaluation's actuals, naming those that did not. A
 * 中期 evaluation compares figures halfway through, so it says the full-term targets are judged at
 * 末期.
 */
function achievementSentence(evaluation: ProjectEvaluation): string {
  const leaves = leafIndicators(evaluation.indicators)
  const compared = leaves
    .map((leaf) => ({ leaf, met: achievement(leaf).met }))
    .filter(({ met }) => met !== null)
  if (compared.length === 0) return ''
  const missed = compared.filter(({ met }) => !met).map(({ leaf }) => `“${leaf.name}”`)
  const counted =
    missed.length === 0
      ? '均已达到指标值'
      : missed.length === compared.length
        ? `均未达到指标值（${missed.join('、')}）`
        : `达到指标值 ${compared.length - missed.length} 项，未达到 ${missed.length} 项（${missed.join('、')}）`
  return (
    `绩效目标表共 ${leaves.length} 项末级指标，截至评估日有指标值和实际完成值可比的 ${compared.length} 项中，${counted}。` +
    (evaluation.kind === '中期' ? '中期完成值为阶段数据，全期指标以末期评估为准。' : '')
  )
}

function conclusion({
  evaluation,
  correctedBy,
  bands
}: ProjectEvaluationReportInput): ReportBlock[] {
  const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text })
  const blocks: ReportBlock[] = []
  if (evaluation.status === '定稿') {
    blocks.push(
      paragraph(
        `本次${kindText(evaluation)}总分 ${scoreText(evaluation.total)} 分，等级为${evaluation.grade ?? BLANK_VALUE}，结论为${evaluation.passed ? '合格' : '不合格'}。`
      )
    )
  } else {
    const total = totalOf(evaluation)
    if (total === null) {
      const scored = new Map(evaluation.scores.map((row) => [row.key, row.score]))
      const unscored = leafIndicators(evaluation.indicators).filter(
        (leaf) => (scored.get(leaf.key) ?? null) === null
      )
      blocks.push(paragraph(`本评估尚未定稿，尚有 ${unscored.length} 项末级指标未评分，暂无总分。`))
    } else {
      const grade = evaluationGrade(total, bands)
      blocks.push(
        paragraph(
          `本评估尚未定稿。按现有评分暂计总分 ${scoreText(total)} 分，按本单位现行分数线（优秀 ${bands.优秀} 分、良好 ${bands.良好} 分、合格 ${bands.合格} 分）暂评等级为${grade}，结论为${isPassingGrade(grade) ? '合格' : '不合格'}；总分、等级和结论以定稿时为准。`
        )
      )
    }
  }
  const achieved = achievementSentence(evaluation)
  if (achieved) blocks.push(paragraph(achieved))
  if (evaluation.supersededById !== null) {
    blocks.push(
      paragraph(
        correctedBy
          ? `本版结论已被第 ${correctedBy.version} 版更正，以第 ${correctedBy.version} 版为准。`
          : '本版结论已被更正，以更正后的版本为准。'
      )
    )
  }
  return blocks
}
