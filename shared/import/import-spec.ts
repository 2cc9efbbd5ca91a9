/**
 * What an importable entity declares once, and everything else (header mapping, the dry run,
 * the template, the problem-row file) reads: its columns, how a row becomes the draft its form
 * would produce, the shared rule that checks that draft, and how a row is recognised as a
 * record already stored.
 *
 * A row never gets a rule of its own: `check` is the entity's existing rule (checkOrganization,
 * checkCommunity, checkSocialWorker), so an import refuses exactly what the form refuses. The
 * repository checks again when the row is written.
 */
import { topField, type CheckResult, type FieldIssue } from '../domain/check'
import type { Activity } from '../domain/activities/activity'
import type { CatalogueItem } from '../domain/catalogue/catalogue-item'
import type { Community } from '../domain/communities/community'
import type { IsoDate } from '../domain/dates'
import type { RatingBands } from '../domain/evaluations/grade-bands'
import type { Need } from '../domain/linkage/need'
import type { Organization } from '../domain/organizations/organization'
import type { Project } from '../domain/projects/project'
import type { SocialWorker } from '../domain/social-workers/social-worker'
import { readEnum, type CellResult, type EnumSpec } from './cells'
import type { HeaderColumn } from './header-mapping'

export const IMPORT_ENTITIES = [
  'organizations',
  'communities',
  'socialWorkers',
  'needs',
  'catalogueItems',
  'activities'
] as const
export type ImportEntity = (typeof IMPORT_ENTITIES)[number]

/** A value of an example row in the template. */
export type TemplateValue = string | number | null

/** How the template formats a column, so Excel keeps what is typed into it. */
export type ColumnFormat = 'text' | 'date' | 'count' | 'number'

export interface ImportColumn<L> extends HeaderColumn {
  /** One line for the template's 说明 sheet: what to write and how. */
  hint: string
  format: ColumnFormat
  /** The values the template's drop-down offers (an enumeration of the domain). */
  options?: readonly string[]
  /** The column's value in the template's two example rows. */
  examples: readonly [TemplateValue, TemplateValue]
  /**
   * Personal data (ID numbers, phones): a masked value such as 110105********002X, as an
   * export shows it, is left out with a warning instead of being refused as a wrong number.
   */
  personal?: boolean
  /** Reads a cell that is not blank. */
  read(cell: unknown, lookups: L): CellResult<unknown>
}

/** The stored records an import is checked against; loaded once, before the dry run. */
export interface ImportContext {
  today: IsoDate
  organizations: readonly Organization[]
  communities: readonly Community[]
  socialWorkers: readonly SocialWorker[]
  needs: readonly Need[]
  catalogueItems: readonly CatalogueItem[]
  /** The project 服务记录 are imported into (null for every other import) … */
  project: Project | null
  /** … and the records it holds already. */
  activities: readonly Activity[]
  /** The office's 等级评估 score bands (设置 → 评分标准), for the same warning the form gives. */
  ratingBands: RatingBands | null
}

/** The stored tables a spec reads (ImportContext's lists). */
export type ImportReads =
  'organizations' | 'communities' | 'socialWorkers' | 'needs' | 'catalogueItems' | 'activities'

/** A stored record a row stands for. */
export interface ExistingMatch<D> {
  id: string
  /** The record's name as the list shows it. */
  label: string
  archived: boolean
  /** What matched, e.g. `统一社会信用代码`. */
  by: string
  /** The stored record's caller-supplied fields, which a matched row updates. */
  draft: D
}

/** A key two rows of one file must not share, and what it is called in the message. */
export interface RowKey {
  key: string
  what: string
}

export interface RowIdentity<D> {
  /** Keys that make two rows the same record (the first is the strongest). */
  keys: RowKey[]
  match: ExistingMatch<D> | null
  /**
   * E.g. a stored namesake that does not match by code (a warning), or a code of one stored
   * record with the name of another (an error: the write would be refused).
   */
  issues: FieldIssue[]
}

/** Column values of one row, by column key: only the cells that were read. */
export type RowValues = Readonly<Record<string, unknown>>

export interface ImportSpec<D extends object = object, L = unknown> {
  entity: ImportEntity
  /** The Chinese noun for one record, e.g. `社会组织`. */
  label: string
  /** The stored tables `lookups` reads. */
  reads: readonly ImportReads[]
  columns: readonly ImportColumn<L>[]
  /** Indexes over the stored records, built once per dry run. */
  lookups(context: ImportContext): L
  /**
   * The draft of a new record before any cell is applied: what the entity's form starts with
   * (today's date where the form puts it, the project an activity belongs to).
   */
  blankDraft(context: ImportContext): D
  /** The entity's stand-ins for broken fields (ORGANIZATION_STAND_INS …; see standInFor). */
  standIns: Readonly<D>
  /**
   * Fields whose findings depend on another field (certLevel → certNo): while that field is
   * stood in for, their findings would be about the stand-in, so they are left out.
   */
  dependents?: Readonly<Record<string, readonly string[]>>
  /** `draft` with the row's values on it; fields without a value keep the draft's. */
  apply(draft: D, values: RowValues): D
  /** The entity's own rule. */
  check(draft: D, context: ImportContext): CheckResult<unknown>
  /** The column key a rule issue's field belongs to (null: the record as a whole). */
  columnOf(field: string): string | null
  identify(values: RowValues, lookups: L): RowIdentity<D>
  /**
   * What the repository would also find, with the stored records or settings: a grade outside
   * the score bands (warning), a project that no longer takes records (error).
   */
  crossIssues?(draft: D, lookups: L, context: ImportContext): FieldIssue[]
  /** How the dry-run list names the row. */
  describe(values: RowValues): string
}

/**
 * The caller-supplied fields of a stored record: what its form would start editing from. The
 * values are shared with the record, not copied; nothing here changes them.
 */
export function pickDraft<D>(record: object, fields: readonly string[]): D {
  const source = record as Record<string, unknown>
  return Object.fromEntries(
    fields.filter((field) => field in source).map((field) => [field, source[field]])
  ) as D
}

/** `draft` with each of `fields` taken from `values` where the row has it. */
export function applyFields<D>(draft: D, values: RowValues, fields: readonly string[]): D {
  const next = { ...draft } as Record<string, unknown>
  for (const field of fields) {
    if (field in values) next[field] = values[field]
  }
  return next as D
}

/** The column of an issue's top-level field, or null when no column holds it (the whole row). */
export function topFieldColumn(columns: readonly HeaderColumn[], field: string): string | null {
  const top = topField(field)
  return columns.some((column) => column.key === top) ? top : null
}

/**
 * The parts of a column over an enumeration: the template's drop-down offers `spec.options`, and
 * a cell is read as one of them or a synonym, so the two cannot list different values.
 */
export function enumCells<T extends string>(
  spec: EnumSpec<T>
): Pick<ImportColumn<unknown>, 'format' | 'options' | 'read'> {
  return { format: 'text', options: spec.options, read: (cell) => readEnum(cell, spec) }
}
