/**
 * 人员配备要求: how many social workers of which certified level a contract asks for, checked
 * against the team assigned to it. No national ratio exists (domain-cn.md §7), so each contract
 * states its own; a higher level stands in for a lower one (高级 ≥ 社会工作师 ≥ 助理 ≥ 未持证),
 * but one person fills one place.
 */
import { z } from 'zod'
import type { FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import { countField } from '../fields'
import {
  CERT_LEVELS,
  registrationWarning,
  type CertLevel,
  type SocialWorker
} from '../social-workers/social-worker'

/** Rank of each level: a worker fills a place of their own rank or any lower one. */
const RANK: Readonly<Record<CertLevel, number>> = {
  未持证: 0,
  助理社会工作师: 1,
  社会工作师: 2,
  高级社会工作师: 3
}

/** How a place is worded: `社会工作师及以上`; any worker for 未持证. */
function placeLabel(level: CertLevel): string {
  if (level === '未持证') return '工作人员（不限持证）'
  if (level === '高级社会工作师') return level
  return `${level}及以上`
}

export const staffingRequirementSchema = z
  .array(
    z.strictObject({
      /** The lowest level that fills the place. */
      level: z.enum(CERT_LEVELS, { error: '请选择职业水平等级' }),
      count: countField('人数', 1000).min(1, '人数至少为 1')
    })
  )
  .max(CERT_LEVELS.length)
  .refine((rows) => new Set(rows.map((row) => row.level)).size === rows.length, {
    message: '每个等级只填一行'
  })

export type StaffingRequirement = z.output<typeof staffingRequirementSchema>

/** The requirement from the highest level down. */
function highestFirst(requirement: StaffingRequirement): StaffingRequirement {
  return [...requirement].sort((a, b) => RANK[b.level] - RANK[a.level])
}

/** `社会工作师及以上 2 名，助理社会工作师及以上 3 名`, or `无要求`. */
export function staffingSummary(requirement: StaffingRequirement): string {
  if (requirement.length === 0) return '无要求'
  return highestFirst(requirement)
    .map((row) => `${placeLabel(row.level)} ${row.count} 名`)
    .join('，')
}

export type StaffingMember = Pick<
  SocialWorker,
  'id' | 'name' | 'certLevel' | 'registrationValidUntil' | 'archivedAt'
>

/**
 * Whether `team` meets `requirement` on `today`; field `socialWorkerIds`. Places are filled from
 * the highest level down, each by a worker not yet counted: since every worker who fills a
 * higher place fills any lower one, this never leaves a place open that another assignment
 * would fill. An archived worker is an error and not counted; a lapsed registration is a warning.
 */
export function staffingIssues(
  requirement: StaffingRequirement,
  team: readonly StaffingMember[],
  today: IsoDate
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const report = (level: FieldIssue['level'], message: string) =>
    issues.push({ field: 'socialWorkerIds', level, message })

  const available: StaffingMember[] = []
  const seen = new Set<string>()
  for (const worker of team) {
    if (seen.has(worker.id)) continue
    seen.add(worker.id)
    if (worker.archivedAt !== null) {
      report('error', `${worker.name}已归档，不能安排到项目团队`)
      continue
    }
    if (registrationWarning(worker, today) === '已过期') {
      report('warning', `${worker.name}的社工登记有效期至 ${worker.registrationValidUntil}，已过期`)
    }
    available.push(worker)
  }

  for (const row of highestFirst(requirement)) {
    let filled = 0
    while (filled < row.count) {
      const index = available.findIndex((worker) => RANK[worker.certLevel] >= RANK[row.level])
      if (index < 0) break
      available.splice(index, 1)
      filled += 1
    }
    if (filled < row.count) {
      report(
        'error',
        `人员配备不足：${placeLabel(row.level)}须 ${row.count} 名，还差 ${row.count - filled} 名`
      )
    }
  }
  return issues
}
