/**
 * An evaluation grade as a tag: 优秀 / 良好 / 合格 / 不合格 read in the same colours on a project
 * evaluation and on an incubation capacity assessment, which share the grade bands.
 */
import { Tag } from 'antd'
import type { EvaluationGrade } from '@shared/domain/evaluations/grade-bands'

const GRADE_COLORS: Readonly<Record<EvaluationGrade, string>> = {
  优秀: 'green',
  良好: 'blue',
  合格: 'cyan',
  不合格: 'red'
}

export function GradeTag({ grade }: { grade: EvaluationGrade }) {
  return <Tag color={GRADE_COLORS[grade]}>{grade}</Tag>
}
