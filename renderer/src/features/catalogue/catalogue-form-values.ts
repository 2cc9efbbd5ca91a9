/**
 * Between the catalogue form and the shared rule: the price is kept as the 元 text the user
 * typed, every other field under the draft's own name, so each issue `checkCatalogueItem`
 * reports lands on its input.
 */
import { readAmount, yuanInput } from '@renderer/components/amount-text'
import { standInFor, topField, zodIssues, type FieldIssue } from '@shared/domain/check'
import {
  CATALOGUE_ITEM_STAND_INS,
  catalogueItemDraftSchema,
  checkCatalogueItem,
  type CatalogueCategory,
  type CatalogueItem,
  type CatalogueItemDraft,
  type CatalogueList,
  type NegativeListKey
} from '@shared/domain/catalogue/catalogue-item'

export interface CatalogueFormValues {
  name: string
  code: string
  list: CatalogueList | null
  category: CatalogueCategory | null
  description: string
  unit: string
  /** 元, as typed; empty: no reference price. */
  typicalPriceFen: string
  negativeListKey: NegativeListKey | null
  note: string
}

/** A new item starts in the office's guiding catalogue, the list most items belong to. */
const NEW_ITEM: CatalogueFormValues = {
  name: '',
  code: '',
  list: '政府购买服务指导目录',
  category: null,
  description: '',
  unit: '',
  typicalPriceFen: '',
  negativeListKey: null,
  note: ''
}

export function toFormValues(item: CatalogueItem | null): CatalogueFormValues {
  if (!item) return { ...NEW_ITEM }
  return {
    name: item.name,
    code: item.code ?? '',
    list: item.list,
    category: item.category,
    description: item.description,
    unit: item.unit,
    typicalPriceFen: yuanInput(item.typicalPriceFen),
    negativeListKey: item.negativeListKey,
    note: item.note ?? ''
  }
}

export type DraftResult =
  { ok: true; draft: CatalogueItemDraft } | { ok: false; issues: FieldIssue[] }

/**
 * The draft the repository checks. A price that is not an amount is refused here, at its field,
 * before anything is sent; every other rule is left to the shared rule.
 */
export function toDraft(values: CatalogueFormValues): DraftResult {
  const issues: FieldIssue[] = []
  const price = readAmount(values.typicalPriceFen, 'typicalPriceFen', issues)
  if (issues.length > 0) return { ok: false, issues }
  // Missing choices go as missing, so the schema words the message.
  const draft = {
    name: values.name ?? '',
    code: values.code ?? '',
    list: values.list ?? undefined,
    category: values.category ?? undefined,
    description: values.description ?? '',
    unit: values.unit ?? '',
    typicalPriceFen: price,
    negativeListKey: values.negativeListKey ?? null,
    note: values.note ?? ''
  }
  return { ok: true, draft: draft as CatalogueItemDraft }
}

/**
 * Every finding of the shared rule on the form as it stands: the shape of each field, and the
 * warning for wording that points at an unmarked negative-list category.
 */
export function catalogueFormIssues(values: CatalogueFormValues): FieldIssue[] {
  const result = toDraft(values)
  if (!result.ok) return result.issues
  const shape = catalogueItemDraftSchema.safeParse(result.draft)
  const shapeIssues = shape.success ? [] : zodIssues(shape.error)
  const broken = new Set(shapeIssues.map((issue) => topField(issue.field)))
  const checked = checkCatalogueItem(standInFor(result.draft, broken, CATALOGUE_ITEM_STAND_INS))
  const ruleIssues = (checked.ok ? checked.warnings : checked.issues).filter(
    (issue) => !broken.has(topField(issue.field))
  )
  return [...shapeIssues, ...ruleIssues]
}

/** Whether the form has an input for this issue path (otherwise it goes above the form). */
export function isFormField(path: string): boolean {
  return Object.hasOwn(catalogueItemDraftSchema.shape, path)
}
