/**
 * Between the 申报书 form and the shared rules: stored 分 shown as the 元 people type, the form's
 * values turned into the content the repository takes, and every finding of the draft and
 * submission rules on what is typed now, so the page shows them while the preparer types.
 */
import { zodIssues, type FieldIssue } from '@shared/domain/check'
import type { IsoDate } from '@shared/domain/dates'
import { formatYuan, parseAmountToFen, type Fen } from '@shared/domain/money'
import {
  applicationDraftSchema,
  checkApplicationDraft,
  submissionIssues,
  type Application,
  type ApplicationContent,
  type ApplicationRound
} from '@shared/domain/venture/application'
import { lineAmountFen, type BudgetCategory } from '@shared/domain/venture/budget'
import { APPLICATION_FIELD_LABELS, APPLICATION_STRINGS as S, ROW_FIELD_LABELS } from './strings'

export interface BeneficiaryValues {
  type: string
  count: number | null
}

export interface ActivityValues {
  /** `YYYY-MM`. */
  month: string
  content: string
}

export interface TeamMemberValues {
  socialWorkerId: string | null
  role: string
}

export interface BudgetLineValues {
  category: BudgetCategory | null
  item: string
  /** 元, as typed. */
  unitPriceFen: string
  quantity: number | null
  note: string
}

/**
 * The form's fields carry the content's names, so a rule's path (`budgetLines.2.unitPriceFen`)
 * names the input it is about; the amounts hold the 元 text as typed.
 */
export interface ApplicationFormValues {
  title: string
  track: string
  communityIds: string[]
  beneficiaries: BeneficiaryValues[]
  problem: string
  objectives: string
  activities: ActivityValues[]
  team: TeamMemberValues[]
  budgetLines: BudgetLineValues[]
  /** 元, as typed; empty means 0. */
  requestedFen: string
  /** 元, as typed; empty means 0. */
  matchingFen: string
  contactName: string
  contactPhone: string
}

/** The content the form edits: everything but the linked needs, which it leaves as they are. */
export type FormContent = Omit<ApplicationContent, 'needIds'>

/** `6000000` → `60000.00`; nothing for 0, so an amount not yet asked for reads as empty. */
export function yuanInput(fen: Fen): string {
  return fen === 0 ? '' : formatYuan(fen, { grouping: false })
}

export function toFormValues(application: ApplicationContent): ApplicationFormValues {
  return {
    title: application.title,
    track: application.track,
    communityIds: [...application.communityIds],
    beneficiaries: application.beneficiaries.map((row) => ({ ...row })),
    problem: application.problem,
    objectives: application.objectives,
    activities: application.activities.map((row) => ({ ...row })),
    team: application.team.map((row) => ({ ...row })),
    budgetLines: application.budgetLines.map((line) => ({
      category: line.category,
      item: line.item,
      unitPriceFen: yuanInput(line.unitPriceFen),
      quantity: line.quantity,
      note: line.note ?? ''
    })),
    requestedFen: yuanInput(application.requestedFen),
    matchingFen: yuanInput(application.matchingFen),
    contactName: application.contactName ?? '',
    contactPhone: application.contactPhone ?? ''
  }
}

/** An amount typed in 元: its 分, or NaN with the reason at `field` when it cannot be read. */
function readAmount(
  text: string | undefined,
  field: string,
  requiredLabel: string | null,
  issues: FieldIssue[]
): Fen {
  const trimmed = (text ?? '').trim()
  if (trimmed === '') {
    if (requiredLabel === null) return 0
    issues.push({ field, level: 'error', message: S.amountRequired(requiredLabel) })
    return Number.NaN
  }
  const parsed = parseAmountToFen(trimmed)
  if (parsed.ok) return parsed.fen
  issues.push({ field, level: 'error', message: parsed.message })
  return Number.NaN
}

/**
 * The content to save, and the amounts that could not be read (at their fields): those are the
 * form's to report, since the rules only ever see 分. Missing choices are passed as missing, so
 * the shared rule words the message (请选择预算科目).
 */
export function toContent(values: Partial<ApplicationFormValues>): {
  content: FormContent
  inputIssues: FieldIssue[]
} {
  const inputIssues: FieldIssue[] = []
  const content: FormContent = {
    title: values.title ?? '',
    track: values.track ?? '',
    communityIds: values.communityIds ?? [],
    beneficiaries: (values.beneficiaries ?? []).map((row) => ({
      type: row?.type ?? '',
      count: row?.count as number
    })),
    problem: values.problem ?? '',
    objectives: values.objectives ?? '',
    activities: (values.activities ?? []).map((row) => ({
      month: row?.month ?? '',
      content: row?.content ?? ''
    })),
    team: (values.team ?? []).map((row) => ({
      socialWorkerId: row?.socialWorkerId as string,
      role: row?.role ?? ''
    })),
    budgetLines: (values.budgetLines ?? []).map((line, index) => ({
      category: line?.category as BudgetCategory,
      item: line?.item ?? '',
      unitPriceFen: readAmount(
        line?.unitPriceFen,
        `budgetLines.${index}.unitPriceFen`,
        ROW_FIELD_LABELS.unitPriceFen!,
        inputIssues
      ),
      quantity: line?.quantity as number,
      note: line?.note ?? null
    })),
    requestedFen: readAmount(values.requestedFen, 'requestedFen', null, inputIssues),
    matchingFen: readAmount(values.matchingFen, 'matchingFen', null, inputIssues),
    contactName: values.contactName ?? null,
    contactPhone: values.contactPhone ?? null
  }
  return { content, inputIssues }
}

/** What one budget line comes to, or null while its price or quantity cannot be read. */
export function lineAmount(line: Partial<BudgetLineValues> | undefined): Fen | null {
  const price = parseAmountToFen(line?.unitPriceFen ?? '')
  const quantity = line?.quantity
  if (!price.ok || price.fen <= 0 || typeof quantity !== 'number' || !(quantity > 0)) return null
  try {
    return lineAmountFen({ unitPriceFen: price.fen, quantity })
  } catch {
    return null
  }
}

/** The list row (`budgetLines.2`) or the whole field an issue at `path` is about. */
function unitOf(path: string): string {
  const [top = '', index] = path.split('.')
  return index !== undefined && /^\d+$/.test(index) ? `${top}.${index}` : top
}

const TEXT_STAND_IN = '—'

/**
 * The content with every part that cannot be read swapped for a valid stand-in, so the rules
 * still judge the rest as the user types (their findings on the stand-ins are dropped). A
 * budget line whose amount cannot be read is left out, as it cannot count towards the totals.
 */
function withStandIns(
  content: FormContent,
  brokenPaths: readonly string[],
  round: ApplicationRound
): { content: FormContent; droppedLines: boolean } {
  const next: FormContent = {
    ...content,
    beneficiaries: [...content.beneficiaries],
    activities: [...content.activities],
    team: [...content.team],
    budgetLines: content.budgetLines.map((line) => ({ ...line }))
  }
  const dropped = new Set<number>()
  for (const path of brokenPaths) {
    const [top, indexText, sub] = path.split('.')
    const index = indexText !== undefined && /^\d+$/.test(indexText) ? Number(indexText) : null
    switch (top) {
      case 'beneficiaries':
        if (index === null) next.beneficiaries = []
        else next.beneficiaries[index] = { type: TEXT_STAND_IN, count: 1 }
        break
      case 'activities':
        if (index === null) next.activities = []
        else next.activities[index] = { month: `${round.year}-01`, content: TEXT_STAND_IN }
        break
      case 'team':
        if (index === null) next.team = []
        else next.team[index] = { socialWorkerId: `stand-in-${index}`, role: TEXT_STAND_IN }
        break
      case 'budgetLines':
        if (index === null) next.budgetLines = []
        else if (sub === 'item') next.budgetLines[index]!.item = TEXT_STAND_IN
        else if (sub === 'note') next.budgetLines[index]!.note = null
        else dropped.add(index)
        break
      case 'requestedFen':
      case 'matchingFen':
        next[top] = 0
        break
      case 'contactName':
      case 'contactPhone':
        next[top] = null
        break
      case 'track':
        next.track = round.tracks[0]?.key ?? ''
        break
      case 'communityIds':
        next.communityIds = []
        break
      case 'title':
      case 'problem':
      case 'objectives':
        next[top] = ''
        break
    }
  }
  next.budgetLines = next.budgetLines.filter((_, index) => !dropped.has(index))
  return { content: next, droppedLines: dropped.size > 0 }
}

function sameIssue(a: FieldIssue, b: FieldIssue): boolean {
  return a.field === b.field && a.message === b.message
}

export interface FormCheck {
  /** What the rules judged: the typed content, with the parts that cannot be read swapped out. */
  content: ApplicationContent | null
  /** What stops the draft from being saved: unreadable amounts, format and the draft rules. */
  draftErrors: FieldIssue[]
  /** Everything that stops it from being submitted today, the draft errors included. */
  submission: FieldIssue[]
}

/**
 * The draft rules (checkApplicationDraft) and the submission rules (submissionIssues) on the
 * form's values against the round, as they would judge a save and a 提交 now.
 */
export function checkForm(
  values: Partial<ApplicationFormValues>,
  stored: Pick<Application, 'roundId' | 'organizationId' | 'needIds'>,
  round: ApplicationRound,
  today: IsoDate
): FormCheck {
  const { roundId, organizationId, needIds } = stored
  const { content, inputIssues } = toContent(values)
  const unreadable = new Set(inputIssues.map((issue) => issue.field))
  const shape = applicationDraftSchema.safeParse({ roundId, organizationId, needIds, ...content })
  const shapeIssues = shape.success
    ? []
    : zodIssues(shape.error).filter((issue) => !unreadable.has(issue.field))
  const inputErrors = [...inputIssues, ...shapeIssues]

  const brokenPaths = inputErrors.map((issue) => issue.field)
  const units = brokenPaths.map(unitOf)
  const standIn = withStandIns(content, brokenPaths, round)
  const judged = applicationDraftSchema.safeParse({
    roundId,
    organizationId,
    needIds,
    ...standIn.content
  })
  if (!judged.success) return { content: null, draftErrors: inputErrors, submission: inputErrors }

  // A rule's finding on a stand-in is not about what was typed; nor is "no budget lines" when
  // the lines are there but could not be read yet.
  const aboutTyped = (issue: FieldIssue) =>
    !units.some((unit) => issue.field === unit || issue.field.startsWith(`${unit}.`)) &&
    !(standIn.droppedLines && issue.field === 'budgetLines')
  const drafted = checkApplicationDraft(judged.data, round, today)
  const ruleErrors = drafted.ok
    ? []
    : drafted.issues.filter((issue) => issue.level === 'error' && aboutTyped(issue))
  const draftErrors = [...inputErrors, ...ruleErrors]
  const submission = [...draftErrors]
  for (const issue of submissionIssues(judged.data, round, today).filter(aboutTyped)) {
    if (!submission.some((known) => sameIssue(known, issue))) submission.push(issue)
  }
  return { content: judged.data, draftErrors, submission }
}

/**
 * Where the page shows an issue at `path`: at the input (`budgetLines.2.unitPriceFen`), at a
 * row (`budgetLines.2`), or under a whole list (`budgetLines` for a category cap at
 * `budgetLines.人员费`); '' for the application as a whole.
 */
export function issueSlot(path: string): string {
  const [top = '', second] = path.split('.')
  return second !== undefined && !/^\d+$/.test(second) ? top : path
}

/** `budgetLines.2.unitPriceFen` → `预算明细第 3 项 · 单价`; null for the application as a whole. */
export function issueLabel(path: string): string | null {
  if (path === '') return null
  const [top = '', second, sub] = issueSlot(path).split('.')
  const label = APPLICATION_FIELD_LABELS[top] ?? top
  if (second === undefined) return label
  const row = S.linePosition(label, Number(second) + 1)
  return sub === undefined ? row : `${row} · ${ROW_FIELD_LABELS[sub] ?? sub}`
}

/**
 * The month a new activity row starts at: the month after the last row's, or the month the
 * round's projects are signed, when they start.
 */
export function nextActivityMonth(
  rows: readonly Partial<ActivityValues>[],
  signingOn: IsoDate
): string {
  const last = rows.at(-1)?.month
  if (!last || !/^\d{4}-\d{2}$/.test(last)) return signingOn.slice(0, 7)
  const [year, month] = last.split('-').map(Number) as [number, number]
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
}
