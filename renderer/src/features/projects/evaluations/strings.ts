/** UI text of a project's 评估 tab: the list, a new evaluation, the score sheet, 定稿 and 更正. */
import type { EvaluationGrade } from '@shared/domain/evaluations/grade-bands'
import type { ProjectEvaluationStatus } from '@shared/domain/evaluations/project-evaluation'

export const EVALUATION_STRINGS = {
  cancel: '取消',
  save: '保存',
  none: '—',

  listTitle: '项目评估',
  listLabel: '项目评估列表',
  listEmpty: '还没有评估。点“新建评估”，按项目的绩效目标表逐项打分。',
  newEvaluation: '新建评估',
  noIndicators: '项目还没有绩效目标表：评估按绩效目标表逐项打分，请先在“绩效目标”中设置。',
  created: '已新建评估草稿',
  open: '打分',
  view: '查看',
  version: (version: number) => `第 ${version} 版`,
  supersededBy: (version: number | null) =>
    version === null ? '已被更正' : `已被第 ${version} 版更正`,
  yearValue: (year: number) => `${year} 年`,
  points: (score: number) => `${score} 分`,

  draftTitle: (kind: string, version: number) => `${kind}评估 第 ${version} 版（草稿）`,
  finalTitle: (kind: string, version: number) => `${kind}评估 第 ${version} 版（定稿）`,
  correctionOf: (version: number, reason: string) => `更正第 ${version} 版：${reason}`,
  indicatorsLabel: '指标评分',
  scoreLabel: (name: string) => `${name}得分`,
  evidenceLabel: (name: string) => `${name}评分依据`,
  evidencePlaceholder: '资料审阅、问卷、访谈、实地观察……',
  subtotal: (score: number | null, weight: number) =>
    score === null ? `小计 —／${weight}` : `小计 ${score}／${weight}`,
  scoringRule: '评分标准',

  surveyTitle: '满意度调查',
  surveyed: '调查人数',
  satisfied: '满意人数',
  rate: '满意率',
  rateValue: (rate: number) => `${rate}%`,
  surveyMissing: (label: string) => `请填写${label}，或把调查人数和满意人数都留空`,
  suggestion: (name: string, weight: number, score: number) =>
    `${name}（满分 ${weight}）：按满意率建议 ${score} 分`,
  adopt: '采用',
  adopted: (name: string) => `已把建议分填入“${name}”`,

  total: '总分',
  totalPending: (unscored: number) => `还有 ${unscored} 项未打分`,
  gradeNote: (passed: boolean) => `（按本单位分数线：${passed ? '合格' : '不合格'}）`,
  passed: '合格',
  notPassed: '不合格',

  saved: '已保存',
  finalize: '定稿',
  finalizeTitle: '确认定稿？',
  finalizeText: (total: number, grade: EvaluationGrade) =>
    `总分 ${total} 分，等级“${grade}”。定稿后不能再修改或归档；发现错误时只能新建更正版本，` +
    '写明更正原因，原版本保留。',
  finalized: '已定稿',
  finalizedBy: (by: string, on: string) => `${by} 于 ${on} 定稿`,

  correct: '更正',
  exportDraftReport: '预览报告（草稿）',
  exportReport: '导出评估报告',
  correctTitle: (kind: string, version: number) => `更正${kind}评估第 ${version} 版`,
  correctHint:
    '更正会新建一个草稿版本，带有本版的评分和文字，修改后再定稿；定稿后本版标为“已被更正”，' +
    '仍然保留。',
  correctionReason: '更正原因',
  correctionMin: (min: number) => `至少 ${min} 个字，说明原版本错在哪里。`,
  correctionStarted: (version: number) => `已新建第 ${version} 版（草稿）`,

  gateTitle: '拨付条件',
  gateNone: (kind: string) => `${kind}评估不是任何一期拨付的条件。`,
  gateNoTranche: (gate: string) => `拨付计划中没有“${gate}”的一期。`,
  gateTranche: (no: number, percent: number, amount: string, gate: string) =>
    `第 ${no} 期（${percent}%，${amount}，${gate}）`,
  gateDecides: (tranches: string) => `本评估定稿后决定${tranches}的拨付。`,
  gateNotDeciding: (tranches: string) =>
    `${tranches}的拨付看购买方评价或第三方评估中最近定稿的一份，本评估定稿后不改变它。`,
  gateWhenScored: '合格则该期满足拨付条件；不合格则该期暂缓，待作追回决定。',
  gateAtScore: (total: number, grade: EvaluationGrade) =>
    `按当前得分 ${total} 分（${grade}），定稿后：`,
  gateBeforeSigning: (passed: boolean) =>
    passed ? '签约生成拨付记录后满足拨付条件' : '签约生成拨付记录后即暂缓，待作追回决定',
  gateReleasable: (no: number) => `第 ${no} 期可转为可拨付`,
  gateHeld: (no: number) => `第 ${no} 期将暂缓，待作追回决定`,
  gateRecovery: (no: number) => `第 ${no} 期须作追回决定`,
  gateUnchanged: (no: number, status: string) => `第 ${no} 期保持“${status}”`,
  gateDeciding: (tranches: string) => `本评估是${tranches}拨付的依据。`
}

export const EVALUATION_LABELS = {
  kind: '类型',
  mode: '方式',
  year: '年度',
  version: '版本',
  evaluatedOn: '日期',
  evaluationDate: '评估日期',
  evaluators: '评估人',
  total: '总分',
  grade: '等级',
  status: '状态',
  actions: '操作',
  indicator: '指标',
  weight: '权重',
  target: '指标值',
  actual: '实际完成值',
  achievement: '完成率',
  score: '得分',
  evidence: '评分依据',
  findings: '评估发现',
  recommendations: '改进建议',
  yearOfEvaluation: '评估年度'
}

export const EVALUATION_STATUS_COLORS: Readonly<Record<ProjectEvaluationStatus, string>> = {
  草稿: 'default',
  定稿: 'blue'
}

/** Chinese names of a project evaluation's fields, for the 操作日志. */
export const PROJECT_EVALUATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  kind: EVALUATION_LABELS.kind,
  mode: EVALUATION_LABELS.mode,
  year: EVALUATION_LABELS.yearOfEvaluation,
  version: EVALUATION_LABELS.version,
  supersedesId: '更正的版本',
  correctionReason: EVALUATION_STRINGS.correctionReason,
  supersededById: '更正版本',
  evaluatedOn: EVALUATION_LABELS.evaluationDate,
  evaluators: EVALUATION_LABELS.evaluators,
  indicators: '绩效目标表',
  scores: EVALUATION_STRINGS.indicatorsLabel,
  survey: EVALUATION_STRINGS.surveyTitle,
  findings: EVALUATION_LABELS.findings,
  recommendations: EVALUATION_LABELS.recommendations,
  status: EVALUATION_LABELS.status,
  total: EVALUATION_LABELS.total,
  grade: EVALUATION_LABELS.grade,
  passed: '是否合格',
  finalizedAt: '定稿时间',
  finalizedBy: '定稿人',
  archivedAt: '归档'
}
