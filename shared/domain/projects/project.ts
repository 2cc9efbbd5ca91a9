/**
 * 项目: the delivery record of a funded service (DESIGN.md §3 `projects`), the same for both
 * channels. A 公益创投 project is created at 立项 from its application, with the approved amount
 * and the round's tranche plan; contracts, payments and evaluations (issue #6) hang off it.
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import { isoDateField } from '../fields'
import { isFen, sumFen, type Fen } from '../money'
import type { ArchivableRecord } from '../records'
import type { PlannedTranche } from '../venture/results'
import { TRANCHE_GATES } from '../venture/round'

export const PROJECT_CHANNELS = ['公益创投', '政府购买服务'] as const
export type ProjectChannel = (typeof PROJECT_CHANNELS)[number]

/** Where the project came from. */
export interface VentureOrigin {
  kind: 'venture'
  roundId: string
  applicationId: string
}

/** Until the agreement is signed (issue #6) every new project waits in 待签约. */
export const PROJECT_STATUSES = ['待签约'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

export interface Project extends ArchivableRecord {
  channel: ProjectChannel
  origin: VentureOrigin
  /** 承接组织. */
  organizationId: string
  title: string
  /** The round's track name at 立项 (a later rename of the track does not rewrite history). */
  category: string
  communityIds: string[]
  /** The approved grant (资助金额), 分. */
  amountFen: Fen
  /** 配套资金 the organisation committed in its application, 分. */
  matchingFen: Fen
  tranches: PlannedTranche[]
  /** 立项 date. */
  approvedOn: string
  status: ProjectStatus
}

const fen = (label: string, min: number) =>
  z.number().refine((value) => isFen(value) && value >= min, `${label}有误`)

export const storedProjectSchema = z.strictObject({
  channel: z.enum(PROJECT_CHANNELS, { error: '项目来源渠道有误' }),
  origin: z.strictObject({
    kind: z.literal('venture'),
    roundId: z.string().min(1),
    applicationId: z.string().min(1)
  }),
  organizationId: z.string().min(1, '缺少承接组织'),
  title: z.string().min(1, '缺少项目名称'),
  category: z.string(),
  communityIds: z.array(z.string().min(1)),
  amountFen: fen('资助金额', 1),
  matchingFen: fen('配套资金', 0),
  tranches: z.array(
    z.strictObject({
      no: z.number().int().positive(),
      percent: z.number().int().min(1).max(100),
      gate: z.enum(TRANCHE_GATES),
      amountFen: fen('拨付金额', 0)
    })
  ),
  approvedOn: isoDateField('立项日期'),
  status: z.enum(PROJECT_STATUSES, { error: '项目状态不是本程序使用的状态' })
})

/** Shape, and tranches that add up to the grant. */
export function checkStoredProject(
  input: unknown
): CheckResult<z.output<typeof storedProjectSchema>> {
  return checkRecord(storedProjectSchema, input, (project) => {
    const issues: FieldIssue[] = []
    const planned = sumFen(project.tranches.map((tranche) => tranche.amountFen))
    if (planned !== project.amountFen) {
      issues.push({ field: 'tranches', level: 'error', message: '各期拨付金额合计与资助金额不符' })
    }
    return { value: project, issues }
  })
}
