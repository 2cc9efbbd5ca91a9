/**
 * Sample 孵化 data: stays at each district's incubation base in every status, with their service
 * log and capacity assessments (入驻 / 中期 / 出壳).
 *
 * Each stay is written as a dated script (apply, 初核, 入驻, assessments, 续驻, 出壳 or 退驻,
 * 交还场地) and then played through the app's own pure functions — the application check,
 * `openIncubation`, `performIncubationAction`, `finalizeEvaluation` — with each step's date as
 * "today". A step the app would refuse throws, so the sample data can never show a state the
 * app itself could not have reached. Services and assessment drafts are built as plain records
 * (another zod pass over thousands of them would slow the city-scale set for the benchmark);
 * the tests run every one through `checkIncubationService` and `checkStoredEvaluation`.
 */
import {
  addDays,
  createWorkCalendar,
  daysBetween,
  type IsoDate,
  type WorkCalendar
} from '../domain/dates'
import type { CheckResult } from '../domain/check'
import {
  draftEvaluation,
  finalizeEvaluation,
  type Evaluation,
  type EvaluationKind
} from '../domain/evaluations/evaluation'
import { DEFAULT_EVALUATION_BANDS } from '../domain/evaluations/grade-bands'
import { blankScores } from '../domain/evaluations/scorecard'
import {
  checkIncubationApplication,
  type Incubation,
  type IncubationMode,
  type IncubationStatus
} from '../domain/incubation/incubation'
import {
  DEFAULT_INCUBATION_SETTINGS,
  DEFAULT_SCORECARD
} from '../domain/incubation/incubation-settings'
import {
  defaultPlannedEnd,
  openIncubation,
  performIncubationAction
} from '../domain/incubation/incubation-workflow'
import type { IncubationService, ServiceType } from '../domain/incubation/service-log'
import type { Organization } from '../domain/organizations/organization'
import { instantOn, personName } from './common'
import type { Random } from './random'

export interface SampleIncubations {
  incubations: Incubation[]
  incubationServices: IncubationService[]
  evaluations: Evaluation[]
}

const SETTINGS = DEFAULT_INCUBATION_SETTINGS

/** How the stays are spread over the statuses; every status gets at least one. */
const STATUS_MIX: ReadonlyArray<readonly [IncubationStatus, number]> = [
  ['待初核', 0.08],
  ['待入驻', 0.07],
  ['孵化中', 0.3],
  ['续驻', 0.08],
  ['出壳', 0.25],
  ['退驻', 0.12],
  ['不予入驻', 0.1]
]

/** The level an assessment's scores centre on, and whether it is finished. */
type Outcome = 'entry' | 'mid' | 'pass' | 'fail' | 'partial'

type Step =
  | { action: 'approve' | 'reject' | 'graduate' | 'exit'; on: IsoDate }
  | { action: 'admit'; on: IsoDate; mode: IncubationMode }
  | { action: 'extend'; on: IsoDate; newEndOn: IsoDate; afterFailedAssessment: boolean }
  /** Hand the space back `after` days after the end (never past the due date or today). */
  | { action: 'handover'; after: number }
  | {
      action: 'evaluate'
      kind: EvaluationKind
      on: IsoDate
      outcome: Outcome
      /** Last day it may be 定稿; null leaves it a 草稿. */
      finalizeBy: IsoDate | null
    }

interface Script {
  appliedOn: IsoDate
  preferredMode: IncubationMode
  steps: Step[]
}

const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b)

/** Most organisations want a desk at the base. */
function someMode(random: Random): IncubationMode {
  return random.chance(0.75) ? '实体' : '虚拟'
}

/** Applied, approved, assessed on entry and admitted on `admittedOn`; a 中期 if time allows. */
function admittedScript(
  random: Random,
  admittedOn: IsoDate,
  mode: IncubationMode,
  midBy: IsoDate
): Script {
  const appliedOn = addDays(admittedOn, -random.int(15, 50))
  const steps: Step[] = [
    { action: 'approve', on: addDays(appliedOn, random.int(1, 6)) },
    {
      action: 'evaluate',
      kind: '入驻',
      on: addDays(admittedOn, -random.int(0, 5)),
      outcome: 'entry',
      finalizeBy: admittedOn
    },
    { action: 'admit', on: admittedOn, mode }
  ]
  const midOn = addDays(admittedOn, random.int(170, 200))
  if (midOn <= midBy) {
    steps.push({
      action: 'evaluate',
      kind: '中期',
      on: midOn,
      outcome: 'mid',
      finalizeBy: minDate(addDays(midOn, 5), midBy)
    })
  }
  // The organisation mostly gets the mode it asked for.
  const asked = random.chance(0.9) ? mode : mode === '实体' ? '虚拟' : '实体'
  return { appliedOn, preferredMode: asked, steps }
}

function passingExit(random: Random, endedOn: IsoDate): Step {
  return {
    action: 'evaluate',
    kind: '出壳',
    on: addDays(endedOn, -random.int(3, 14)),
    outcome: 'pass',
    finalizeBy: endedOn
  }
}

/** Stay admitted on `admittedOn`, 续驻 near its planned end; returns the script and new end. */
function extendedScript(
  random: Random,
  admittedOn: IsoDate,
  mode: IncubationMode,
  failedFirst: boolean
): { script: Script; extendedOn: IsoDate; newEndOn: IsoDate } {
  const plannedEnd = defaultPlannedEnd(admittedOn, SETTINGS.termMonths)
  const extendedOn = addDays(plannedEnd, -random.int(0, 5))
  const script = admittedScript(random, admittedOn, mode, addDays(extendedOn, -20))
  if (failedFirst) {
    script.steps.push({
      action: 'evaluate',
      kind: '出壳',
      on: addDays(plannedEnd, -random.int(8, 25)),
      outcome: 'fail',
      finalizeBy: extendedOn
    })
  }
  const newEndOn = defaultPlannedEnd(addDays(plannedEnd, 1), 6)
  script.steps.push({
    action: 'extend',
    on: extendedOn,
    newEndOn,
    afterFailedAssessment: failedFirst
  })
  return { script, extendedOn, newEndOn }
}

/**
 * A 中期 assessment every `months` months of the stay besides those the script has, for a base
 * that reviews its residents each quarter: from admission to the stay's end (today for a stay
 * still open), none within a month of another assessment or in its last ten days. Each is 定稿
 * within a week, in date order among the script's steps.
 */
function addPeriodicAssessments(random: Random, script: Script, months: number, today: IsoDate) {
  const dated = script.steps.filter((step): step is Extract<Step, { on: IsoDate }> => 'on' in step)
  const admit = dated.find((step) => step.action === 'admit')
  if (!admit) return
  const end =
    dated.find((step) => step.action === 'graduate' || step.action === 'exit')?.on ?? today
  const assessed = script.steps.flatMap((step) => (step.action === 'evaluate' ? [step.on] : []))
  for (let period = 1; ; period += 1) {
    const on = addDays(defaultPlannedEnd(admit.on, months * period), 1 + random.int(-5, 5))
    if (on > addDays(end, -10)) return
    if (assessed.some((day) => Math.abs(daysBetween(day, on)) < 30)) continue
    const step: Step = {
      action: 'evaluate',
      kind: '中期',
      on,
      outcome: 'mid',
      finalizeBy: minDate(addDays(on, 7), end)
    }
    const later = script.steps.findIndex((held) => !('on' in held) || held.on > on)
    script.steps.splice(later === -1 ? script.steps.length : later, 0, step)
    assessed.push(on)
  }
}

type Variant = (random: Random, today: IsoDate) => Script

const ago = (today: IsoDate, days: number) => addDays(today, -days)

const PENDING_REVIEW: Variant[] = [
  // Past the 5-working-day 初核 deadline.
  (r, t) => ({ appliedOn: ago(t, r.int(20, 45)), preferredMode: someMode(r), steps: [] }),
  (r, t) => ({ appliedOn: ago(t, r.int(0, 3)), preferredMode: someMode(r), steps: [] })
]

const AWAITING_ADMISSION: Variant[] = [
  (r, t) => {
    const appliedOn = ago(t, r.int(12, 60))
    return {
      appliedOn,
      preferredMode: someMode(r),
      steps: [{ action: 'approve', on: addDays(appliedOn, r.int(1, 6)) }]
    }
  }
]

const RESIDENT: Variant[] = [
  // Ending within the next month, 出壳 assessment started.
  (r, t) => {
    const script = admittedScript(r, ago(t, r.int(338, 360)), someMode(r), t)
    script.steps.push({
      action: 'evaluate',
      kind: '出壳',
      on: ago(t, r.int(0, 10)),
      outcome: 'pass',
      finalizeBy: null
    })
    return script
  },
  // Midway; a 中期 assessment 定稿, or being filled in when it is not yet due.
  (r, t) => {
    const script = admittedScript(r, ago(t, r.int(150, 330)), someMode(r), t)
    if (!script.steps.some((step) => step.action === 'evaluate' && step.kind === '中期')) {
      script.steps.push({
        action: 'evaluate',
        kind: '中期',
        on: ago(t, r.int(0, 7)),
        outcome: 'partial',
        finalizeBy: null
      })
    }
    return script
  },
  (r, t) => admittedScript(r, ago(t, r.int(5, 110)), someMode(r), t),
  (r, t) => admittedScript(r, ago(t, r.int(150, 330)), someMode(r), t),
  (r, t) => admittedScript(r, ago(t, r.int(5, 110)), someMode(r), t),
  // Past its planned end after an 出壳 assessment that did not pass: 续驻 is being decided.
  (r, t) => {
    const admittedOn = ago(t, r.int(368, 395))
    const script = admittedScript(r, admittedOn, someMode(r), t)
    const plannedEnd = defaultPlannedEnd(admittedOn, SETTINGS.termMonths)
    script.steps.push({
      action: 'evaluate',
      kind: '出壳',
      on: addDays(plannedEnd, -r.int(0, 10)),
      outcome: 'fail',
      finalizeBy: t
    })
    return script
  }
]

const EXTENDED: Variant[] = [
  (r, t) => extendedScript(r, ago(t, r.int(375, 520)), someMode(r), true).script,
  (r, t) => extendedScript(r, ago(t, r.int(375, 520)), someMode(r), false).script
]

/** Graduated on `endedOn` after about a year. */
function graduated(r: Random, endedOn: IsoDate, mode: IncubationMode, handover: boolean): Script {
  const admittedOn = addDays(endedOn, -r.int(330, 362))
  const script = admittedScript(r, admittedOn, mode, addDays(endedOn, -20))
  script.steps.push(passingExit(r, endedOn), { action: 'graduate', on: endedOn })
  if (handover) script.steps.push({ action: 'handover', after: r.int(2, 12) })
  return script
}

function dayOfYear(today: IsoDate): number {
  return daysBetween(`${today.slice(0, 4)}-01-01`, today)
}

const GRADUATED: Variant[] = [
  // This year, space handed back.
  (r, t) =>
    graduated(r, ago(t, r.int(40, Math.max(40, Math.min(dayOfYear(t), 250)))), '实体', true),
  // Space not handed back and past its due date.
  (r, t) => graduated(r, ago(t, r.int(35, 70)), '实体', false),
  // Just graduated; space due back soon.
  (r, t) => graduated(r, ago(t, r.int(0, 6)), '实体', false),
  (r, t) => graduated(r, ago(t, r.int(250, 1000)), '虚拟', false),
  // 续驻 once, then 出壳.
  (r, t) => {
    const { script, newEndOn } = extendedScript(r, ago(t, r.int(560, 1100)), '实体', r.chance(0.5))
    const endedOn = addDays(newEndOn, -r.int(0, 20))
    script.steps.push(passingExit(r, endedOn), { action: 'graduate', on: endedOn })
    script.steps.push({ action: 'handover', after: r.int(2, 12) })
    return script
  },
  (r, t) => graduated(r, ago(t, r.int(0, Math.min(dayOfYear(t), 200))), '虚拟', false)
]

/** 退驻 on `endedOn` after 2–10 months at the base. */
function exited(r: Random, endedOn: IsoDate, mode: IncubationMode, handover: boolean): Script {
  const script = admittedScript(r, addDays(endedOn, -r.int(60, 300)), mode, endedOn)
  script.steps.push({ action: 'exit', on: endedOn })
  if (handover) script.steps.push({ action: 'handover', after: r.int(1, 14) })
  return script
}

const EXITED: Variant[] = [
  // Withdrew after approval, before signing.
  (r, t) => {
    const appliedOn = ago(t, r.int(30, 400))
    const approvedOn = addDays(appliedOn, r.int(1, 6))
    return {
      appliedOn,
      preferredMode: someMode(r),
      steps: [
        { action: 'approve', on: approvedOn },
        { action: 'exit', on: minDate(addDays(approvedOn, r.int(10, 40)), t) }
      ]
    }
  },
  // Space still due back.
  (r, t) => exited(r, ago(t, r.int(0, 6)), '实体', false),
  // Space overdue.
  (r, t) => exited(r, ago(t, r.int(35, 90)), '实体', false),
  (r, t) => exited(r, ago(t, r.int(100, 800)), '实体', true),
  // Left during a 续驻.
  (r, t) => {
    const { script, extendedOn } = extendedScript(r, ago(t, r.int(500, 900)), '虚拟', false)
    script.steps.push({ action: 'exit', on: minDate(addDays(extendedOn, r.int(20, 120)), t) })
    return script
  }
]

const REJECTED: Variant[] = [
  (r, t) => {
    const appliedOn = ago(t, r.int(8, 700))
    return {
      appliedOn,
      preferredMode: someMode(r),
      steps: [{ action: 'reject', on: addDays(appliedOn, r.int(1, 7)) }]
    }
  }
]

const VARIANTS: Record<IncubationStatus, Variant[]> = {
  待初核: PENDING_REVIEW,
  待入驻: AWAITING_ADMISSION,
  孵化中: RESIDENT,
  续驻: EXTENDED,
  出壳: GRADUATED,
  退驻: EXITED,
  不予入驻: REJECTED
}

/** Statuses in the order a very small set gets them, one each. */
const SMALL_SET_ORDER: readonly IncubationStatus[] = [
  '孵化中',
  '出壳',
  '待初核',
  '退驻',
  '续驻',
  '待入驻',
  '不予入驻'
]

/** How many stays of each status make up `count`: the mix, at least one of each when possible. */
function statusQuotas(count: number): Map<IncubationStatus, number> {
  if (count < STATUS_MIX.length) {
    return new Map(SMALL_SET_ORDER.slice(0, count).map((status) => [status, 1]))
  }
  const quotas = new Map(
    STATUS_MIX.map(([status, share]) => [status, Math.max(1, Math.round(count * share))])
  )
  let total = [...quotas.values()].reduce((sum, n) => sum + n, 0)
  while (total > count) {
    const [largest] = [...quotas.entries()].sort((a, b) => b[1] - a[1])[0]!
    quotas.set(largest, quotas.get(largest)! - 1)
    total -= 1
  }
  quotas.set('孵化中', quotas.get('孵化中')! + count - total)
  return quotas
}

const APPLICATION_NOTES = [
  '希望获得注册登记指导',
  '需要办公场地开展活动',
  '希望对接社区资源',
  '希望学习项目申报'
]
const APPROVAL_NOTES = [
  '材料齐全，同意入驻',
  '服务方向符合基地定位，同意入驻',
  '经初核符合入驻条件'
]
const REJECT_REASONS = [
  '服务方向与基地定位不符',
  '申报材料不全，逾期未补正',
  '已在其他孵化基地入驻',
  '暂无固定成员和活动计划'
]
const EXTEND_REASONS = ['项目周期尚未结束，申请续驻半年', '正在办理登记手续，需继续孵化']
const FAILED_EXTEND_REASON = '出壳评估未达合格线，延长孵化期继续辅导'
const EXIT_REASONS = [
  '负责人变动，组织暂停运营',
  '迁往外区发展',
  '未按协议开展活动，终止孵化',
  '组织主动申请退出'
]
const WITHDRAW_REASONS = ['组织决定暂缓入驻', '未在约定期限内签订入驻协议']
const GRADUATE_NOTES = ['具备独立运营能力', '已完成登记并承接社区项目', '']

const FINDINGS: Record<Outcome, readonly string[]> = {
  entry: [
    '组织架构初步建立，财务制度尚不健全，建议重点辅导财务管理。',
    '负责人热心公益，但项目设计能力较弱，需系统培训。',
    '志愿者队伍稳定，缺少专职人员，内部治理有待规范。'
  ],
  mid: [
    '各项制度逐步完善，项目执行较规范，社会影响仍需扩大。',
    '财务托管运行良好，已独立申报一个社区项目。',
    '人才队伍有所充实，建议加强项目成效评估。'
  ],
  pass: ['具备独立运营能力，同意出壳。', '治理结构健全，项目品牌初步形成，建议出壳后继续跟踪。'],
  fail: ['财务管理仍不规范，暂不具备出壳条件，建议续驻。'],
  partial: []
}

/** How often each service type is recorded; 场地 and 工位 only for 实体 stays. */
const SERVICE_WEIGHTS: Record<ServiceType, number> = {
  培训: 3,
  督导辅导: 3,
  场地: 2,
  工位: 2,
  财务托管: 1,
  资源对接: 2,
  注册协助: 1,
  小额资助: 1
}
const SERVICE_BAG = (Object.entries(SERVICE_WEIGHTS) as [ServiceType, number][]).flatMap(
  ([type, weight]) => Array.from({ length: weight }, () => type)
)
const VIRTUAL_SERVICE_BAG = SERVICE_BAG.filter((type) => type !== '场地' && type !== '工位')

/** Hours in half-hour units (min, max); 小额资助 records money instead. */
const SERVICE_HALF_HOURS: Record<ServiceType, readonly [number, number]> = {
  场地: [4, 16],
  工位: [8, 16],
  培训: [4, 12],
  督导辅导: [2, 8],
  注册协助: [2, 6],
  财务托管: [2, 8],
  资源对接: [2, 6],
  小额资助: [0, 0]
}

const SERVICE_NOTES: Record<ServiceType, readonly string[]> = {
  场地: ['借用多功能室开展活动', '借用会议室召开理事会'],
  工位: ['工位使用', '使用共享办公区'],
  培训: ['项目设计与申报培训', '社会组织财务管理培训', '志愿者管理培训'],
  督导辅导: ['导师一对一督导', '项目执行督导', '治理结构辅导'],
  注册协助: ['协助准备登记材料', '协助修改章程'],
  财务托管: ['代理记账', '季度财务报表编制'],
  资源对接: ['对接社区公益项目', '对接爱心企业', '对接社区基金会'],
  小额资助: ['种子资金', '社区微项目资助']
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i)
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

function unwrap<T>(result: CheckResult<T>, what: string): T {
  if (!result.ok) {
    throw new Error(
      `示例数据生成失败（${what}）：${result.issues.map((i) => i.message).join('；')}`
    )
  }
  return result.value
}

/** One district's incubation base: its name, staff and running numbers. */
interface Base {
  name: string
  prefix: string
  staff: string[]
  experts: string[]
  agreements: Map<string, number>
  workstations: number
}

/**
 * The official working-day calendar (`createWorkCalendar()`), with its answers for the days the
 * stays span looked up once and stepped through as an array: thousands of review and handover
 * deadlines would otherwise parse and re-check each date they pass. Dates outside the span go
 * to the official calendar itself; a test checks every deadline against it.
 */
function sampleCalendar(from: IsoDate, to: IsoDate): WorkCalendar {
  const official = createWorkCalendar()
  const days: IsoDate[] = []
  const working: boolean[] = []
  const index = new Map<IsoDate, number>()
  for (let day = from; day <= to; day = addDays(day, 1)) {
    index.set(day, days.length)
    days.push(day)
    working.push(official.isWorkday(day))
  }
  return {
    isWorkday: (date) => {
      const at = index.get(date)
      return at === undefined ? official.isWorkday(date) : working[at]!
    },
    addWorkingDays(date, count) {
      let at = index.get(date)
      if (at === undefined || !Number.isInteger(count) || count < 0) {
        return official.addWorkingDays(date, count)
      }
      for (let remaining = count; remaining > 0;) {
        at += 1
        if (at >= days.length) return official.addWorkingDays(date, count)
        if (working[at]) remaining -= 1
      }
      return days[at]!
    },
    hasOfficialSchedule: (year) => official.hasOfficialSchedule(year)
  }
}

function scoreAround(random: Random, level: number, spread: number): number {
  return Math.min(100, Math.max(0, level + random.int(-spread, spread)))
}

/**
 * Picks organisations for `count` stays — 筹备 and 备案 groups and organisations registered in
 * the last five years first, never a 注销 one — and builds their stays, assessments and services.
 * `assessmentEveryMonths` adds a 中期 assessment every that many months of each stay
 * ({@link addPeriodicAssessments}); null keeps the one 中期 about half a year in.
 */
export function generateIncubations(
  random: Random,
  organizations: readonly Organization[],
  count: number,
  today: IsoDate,
  assessmentEveryMonths: number | null = null
): SampleIncubations {
  const calendar = sampleCalendar(addDays(today, -1300), addDays(today, 60))
  const youngSince = addDays(today, -5 * 365)
  const live = organizations.filter(
    (org) => org.registrationStatus !== '注销' && org.archivedAt === null
  )
  const preferred: Organization[] = []
  const others: Organization[] = []
  for (const org of live) {
    const young = org.registrationStatus !== '已登记' || (org.establishedOn ?? today) >= youngSince
    ;(young ? preferred : others).push(org)
  }
  const pool = [...shuffle(random, preferred), ...shuffle(random, others)]
  const taken = new Uint8Array(pool.length)
  let firstFree = 0

  const scripts: Script[] = []
  for (const [status, quota] of statusQuotas(Math.min(count, pool.length))) {
    for (let i = 0; i < quota; i += 1) {
      const variants = VARIANTS[status]
      const script = variants[i % variants.length]!(random, today)
      if (assessmentEveryMonths !== null) {
        addPeriodicAssessments(random, script, assessmentEveryMonths, today)
      }
      scripts.push(script)
    }
  }
  // One organisation per stay, founded before it applied where one is free.
  const cast = shuffle(random, scripts).map((script) => {
    while (taken[firstFree]) firstFree += 1
    let index = firstFree
    for (let i = firstFree, looked = 0; i < pool.length && looked < 200; i += 1) {
      if (taken[i]) continue
      looked += 1
      if ((pool[i]!.establishedOn ?? '') <= script.appliedOn) {
        index = i
        break
      }
    }
    taken[index] = 1
    return { script, org: pool[index]! }
  })
  cast.sort((a, b) => a.script.appliedOn.localeCompare(b.script.appliedOn))

  const bases = new Map<string, Base>()
  const baseOf = (district: string): Base => {
    let base = bases.get(district)
    if (!base) {
      base = {
        name: `${district}社会组织孵化基地`,
        prefix: district.slice(0, -1),
        staff: [personName(random), personName(random), personName(random)],
        experts: [personName(random), personName(random)],
        agreements: new Map(),
        workstations: 0
      }
      bases.set(district, base)
    }
    return base
  }

  const result: SampleIncubations = { incubations: [], incubationServices: [], evaluations: [] }
  for (const { script, org } of cast) {
    const base = baseOf(org.district)
    const application = unwrap(
      checkIncubationApplication(
        {
          organizationId: org.id,
          baseName: base.name,
          appliedOn: script.appliedOn,
          preferredMode: script.preferredMode,
          note: random.chance(0.4) ? random.pick(APPLICATION_NOTES) : null
        },
        today
      ),
      `${org.name} 的入驻申请`
    )
    const createdAt = instantOn(random, script.appliedOn)
    let stay: Incubation = {
      id: random.uuid(),
      ...openIncubation(application, SETTINGS, calendar),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
    const evaluations: Evaluation[] = []
    // Scores grow over the stay from where the organisation started.
    const entryLevel = random.int(48, 66)
    const levels: Record<Exclude<Outcome, 'partial'>, number> = {
      entry: entryLevel,
      mid: entryLevel + random.int(4, 10),
      pass: Math.max(entryLevel + random.int(12, 20), 72),
      fail: random.int(44, 50)
    }

    for (const step of script.steps) {
      if ('on' in step && step.on > today) {
        throw new Error(`示例数据生成失败：${org.name} 的步骤日期 ${step.on} 晚于今天`)
      }
      if (step.action === 'evaluate') {
        evaluations.push(evaluation(step, stay, base, levels))
        continue
      }
      const operator = random.pick(base.staff)
      const { input, on } = actionInput(step, stay, base)
      const at = instantOn(random, on, 6, 9)
      stay = {
        ...unwrap(
          performIncubationAction(stay, step.action, input, {
            settings: SETTINGS,
            assessments: evaluations,
            calendar,
            today: on,
            at,
            operator
          }),
          `${org.name} 的入驻记录：${step.action}`
        ),
        updatedAt: at
      }
    }
    result.incubations.push(stay)
    result.evaluations.push(...evaluations)
    result.incubationServices.push(...services(stay))
  }
  return result

  function actionInput(
    step: Exclude<Step, { action: 'evaluate' }>,
    stay: Incubation,
    base: Base
  ): { input: unknown; on: IsoDate } {
    switch (step.action) {
      case 'approve':
        return {
          on: step.on,
          input: { on: step.on, note: random.chance(0.7) ? random.pick(APPROVAL_NOTES) : null }
        }
      case 'reject':
        return { on: step.on, input: { on: step.on, reason: random.pick(REJECT_REASONS) } }
      case 'admit': {
        const year = step.on.slice(0, 4)
        const serial = (base.agreements.get(year) ?? 0) + 1
        base.agreements.set(year, serial)
        const desk = base.workstations++
        return {
          on: step.on,
          input: {
            on: step.on,
            agreementNo: `${base.prefix}孵协〔${year}〕${String(serial).padStart(3, '0')}号`,
            mode: step.mode,
            workstation:
              step.mode === '实体'
                ? `${'一二三'[Math.floor(desk / 30) % 3]}楼${String((desk % 30) + 1).padStart(2, '0')}号工位`
                : null,
            mentor: personName(random),
            plannedEndOn: null
          }
        }
      }
      case 'extend':
        return {
          on: step.on,
          input: {
            on: step.on,
            reason: step.afterFailedAssessment ? FAILED_EXTEND_REASON : random.pick(EXTEND_REASONS),
            newEndOn: step.newEndOn
          }
        }
      case 'graduate':
        return { on: step.on, input: { on: step.on, note: random.pick(GRADUATE_NOTES) } }
      case 'exit':
        return {
          on: step.on,
          input: {
            on: step.on,
            reason: random.pick(stay.admittedOn ? EXIT_REASONS : WITHDRAW_REASONS)
          }
        }
      case 'handover': {
        const on = minDate(
          minDate(addDays(stay.endedOn!, step.after), stay.handoverDueOn ?? today),
          today
        )
        return { on, input: { on } }
      }
    }
  }

  function evaluation(
    step: Extract<Step, { action: 'evaluate' }>,
    stay: Incubation,
    base: Base,
    levels: Record<Exclude<Outcome, 'partial'>, number>
  ): Evaluation {
    const partial = step.outcome === 'partial'
    const level = step.outcome === 'partial' ? levels.mid : levels[step.outcome]
    const spread = step.outcome === 'pass' ? 8 : step.outcome === 'fail' ? 6 : 10
    const scored = blankScores(DEFAULT_SCORECARD)
    const unscoredFrom = partial ? random.int(2, scored.length - 1) : scored.length
    const dimensions = scored.map((dimension, index) => ({
      ...dimension,
      score: index < unscoredFrom ? scoreAround(random, level, spread) : null
    }))
    const evaluator = random.pick(base.staff)
    const createdAt = instantOn(random, step.on, 1, 1)
    const draft: Evaluation = {
      ...draftEvaluation(
        {
          subjectType: 'incubation',
          subjectId: stay.id,
          kind: step.kind,
          evaluatedOn: step.on,
          evaluators: `${evaluator}、${random.pick(base.experts)}`,
          dimensions,
          findings: partial ? null : random.pick(FINDINGS[step.outcome])
        },
        stay.organizationId
      ),
      id: random.uuid(),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
    if (!step.finalizeBy) return draft
    const finalizedOn = addDays(
      step.on,
      random.int(0, Math.max(0, daysBetween(step.on, step.finalizeBy)))
    )
    const at = instantOn(random, minDate(finalizedOn, step.finalizeBy), 2, 5)
    const final = unwrap(
      finalizeEvaluation(draft, DEFAULT_EVALUATION_BANDS, at, evaluator),
      `${step.kind}评估定稿`
    )
    if (
      (step.outcome === 'pass' && final.passed !== true) ||
      (step.outcome === 'fail' && final.passed !== false)
    ) {
      throw new Error(`示例数据生成失败：${step.kind}评估总分 ${final.total} 与预期结论不符`)
    }
    return { ...final, updatedAt: at }
  }

  function services(stay: Incubation): IncubationService[] {
    if (stay.status === '不予入驻' || stay.status === '待初核') return []
    const end = stay.endedOn ?? today
    const sinceApplied = daysBetween(stay.appliedOn, end)
    if (!stay.admittedOn) {
      // Help with registration while waiting to move in.
      if (stay.status !== '待入驻' || random.chance(0.5)) return []
      return [service(stay, '注册协助', stay.appliedOn, sinceApplied)]
    }
    const sinceAdmitted = daysBetween(stay.admittedOn, end)
    const count = random.int(3, Math.min(15, 3 + Math.floor(sinceAdmitted / 30)))
    const bag = stay.mode === '实体' ? SERVICE_BAG : VIRTUAL_SERVICE_BAG
    return Array.from({ length: count }, () => {
      const type = random.pick(bag)
      return type === '注册协助'
        ? service(stay, type, stay.appliedOn, sinceApplied)
        : service(stay, type, stay.admittedOn!, sinceAdmitted)
    }).sort((a, b) => a.date.localeCompare(b.date))
  }

  /** A service on one of the `span` days after `from` (or on `from` itself). */
  function service(
    stay: Incubation,
    type: ServiceType,
    from: IsoDate,
    span: number
  ): IncubationService {
    const date = addDays(from, random.int(0, span))
    const [low, high] = SERVICE_HALF_HOURS[type]
    const createdAt = instantOn(random, date)
    return {
      id: random.uuid(),
      incubationId: stay.id,
      date,
      type,
      hours: random.int(low, high) / 2,
      amountFen: type === '小额资助' ? random.int(20, 200) * 100 * 100 : null,
      note: random.chance(0.7) ? random.pick(SERVICE_NOTES[type]) : null,
      organizationId: stay.organizationId,
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
  }
}
