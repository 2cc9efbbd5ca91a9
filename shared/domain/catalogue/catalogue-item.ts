/**
 * 购买服务目录: the services an office may buy, one row per item (DESIGN.md §3, domain-cn.md §3
 * and §8). 102号令 art. 11 manages the scope of purchases through a public guiding catalogue,
 * and art. 14 lets an item in it be bought once budget is arranged; art. 10 names what may never
 * be bought, so an item on that negative list stays in the catalogue (marked, for the record of
 * why it was refused) but cannot be put on a project.
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import { optionalTextField, textField } from '../fields'
import { isFen, type Fen } from '../money'
import type { NamedRecord } from '../records'

/**
 * The list an item belongs to: the office's guiding catalogue, or one of 太仓's two lists
 * (domain-cn.md §8) — what the 村/居 does as self-government by law, and what it does to assist
 * the government under a 协助管理协议 with the funding following the task (费随事转).
 */
export const CATALOGUE_LISTS = [
  '政府购买服务指导目录',
  '自治组织依法履行职责事项',
  '协助政府工作事项'
] as const
export type CatalogueList = (typeof CATALOGUE_LISTS)[number]

/**
 * 一级目录: the top level most provincial guiding catalogues share (the structure the 2014
 * 暂行办法, 财综〔2014〕96号, introduced; 102号令 leaves the breakdown to the provinces).
 */
export const CATALOGUE_CATEGORIES = [
  '基本公共服务',
  '社会管理性服务',
  '行业管理与协调性服务',
  '技术性服务',
  '政府履职所需辅助性事项',
  '其他适宜由社会力量承担的服务事项'
] as const
export type CatalogueCategory = (typeof CATALOGUE_CATEGORIES)[number]

/** Units the form offers; an office may type its own. */
export const CATALOGUE_UNITS = [
  '次',
  '人次',
  '户',
  '人',
  '小时',
  '场',
  '项',
  '个',
  '月',
  '年'
] as const

/** The six categories of 102号令 art. 10: never bought as a government service. */
export const NEGATIVE_LIST = [
  { key: 'outsideRemit', label: '不属于政府职责范围的服务事项' },
  { key: 'inherentDuty', label: '应当由政府直接履职的事项' },
  {
    key: 'goodsAndWorks',
    label: '政府采购法律、行政法规规定的货物和工程，以及将工程和服务打包的项目'
  },
  { key: 'financing', label: '融资行为' },
  {
    key: 'ownStaffing',
    label: '购买主体的人员招、聘用，以劳务派遣方式用工，以及设置公益性岗位等事项'
  },
  { key: 'otherByLaw', label: '法律、行政法规以及国务院规定的其他不得作为政府购买服务内容的事项' }
] as const
export type NegativeListKey = (typeof NEGATIVE_LIST)[number]['key']

const NEGATIVE_LIST_KEYS = NEGATIVE_LIST.map((entry) => entry.key)

export interface CatalogueItem extends NamedRecord {
  /** 目录编码 in the office's own numbering, if it has one. */
  code: string | null
  list: CatalogueList
  category: CatalogueCategory
  /** 服务内容. */
  description: string
  /** 计量单位: 次, 人次, 户, 小时 …; free text, see {@link CATALOGUE_UNITS}. */
  unit: string
  /** 参考单价 per unit, 分; null when the office has none. */
  typicalPriceFen: Fen | null
  /** The art. 10 category the item falls under; null for an item that may be bought. */
  negativeListKey: NegativeListKey | null
  note: string | null
}

export const catalogueItemDraftSchema = z.strictObject({
  name: textField('服务事项名称', 60, true),
  code: optionalTextField('目录编码', 30),
  list: z.enum(CATALOGUE_LISTS, { error: '请选择所属清单' }),
  category: z.enum(CATALOGUE_CATEGORIES, { error: '请选择目录类别' }),
  description: textField('服务内容', 500),
  unit: textField('计量单位', 10, true),
  typicalPriceFen: z
    .number({ error: '参考单价须为数字' })
    .refine(isFen, { message: '参考单价须为以分计的整数' })
    .refine((fen) => fen > 0, { message: '参考单价须大于 0；没有参考价时请留空' })
    .nullable(),
  negativeListKey: z.enum(NEGATIVE_LIST_KEYS, { error: '负面清单类别有误' }).nullable(),
  note: optionalTextField('备注', 500)
})

export type CatalogueItemDraft = z.input<typeof catalogueItemDraftSchema>

/** Valid values for broken fields (standInFor), so the rule still checks the others. */
export const CATALOGUE_ITEM_STAND_INS: Readonly<CatalogueItemDraft> = {
  name: '—',
  code: null,
  list: '政府购买服务指导目录',
  category: '基本公共服务',
  description: '',
  unit: '次',
  typicalPriceFen: null,
  negativeListKey: null,
  note: null
}

/** The fields of an item after the shape rules (trimmed, empty text as null). */
export type CatalogueItemFields = z.output<typeof catalogueItemDraftSchema>

/**
 * Wording that points at an art. 10 category, so an item named like one is flagged until the
 * office either marks it or decides the wording misleads (e.g. a 关爱工程 that is a service).
 */
const NEGATIVE_LIST_HINTS: ReadonlyArray<readonly [NegativeListKey, RegExp]> = [
  ['ownStaffing', /劳务派遣|公益性岗位|人员招聘|人员聘用|编外用工|编外人员|行政编制|事业编制/],
  ['goodsAndWorks', /工程|装修|施工|修缮|购买货物|货物采购|设备采购|物资采购/],
  ['financing', /融资|贷款|担保/],
  ['inherentDuty', /行政执法|行政处罚|行政许可|行政审批/]
]

export function negativeListLabel(key: NegativeListKey): string {
  return NEGATIVE_LIST.find((entry) => entry.key === key)!.label
}

function catalogueItemRules(item: CatalogueItemFields): {
  value: CatalogueItemFields
  issues: FieldIssue[]
} {
  const issues: FieldIssue[] = []
  if (item.negativeListKey === null) {
    const text = `${item.name} ${item.description}`
    for (const [key, pattern] of NEGATIVE_LIST_HINTS) {
      const word = pattern.exec(text)?.[0]
      if (word === undefined) continue
      issues.push({
        field: 'negativeListKey',
        level: 'warning',
        message: `“${item.name}”含“${word}”，可能属于 102号令第十条负面清单中的“${negativeListLabel(key)}”，请核实；如属实，请标注负面清单`
      })
    }
  }
  return { value: item, issues }
}

/**
 * Shape rules, then a warning for wording that suggests an unmarked negative-list item. A stored
 * item (a backup being restored, sample data) keeps nothing beyond what was entered, so it is
 * checked by the same rule.
 */
export function checkCatalogueItem(input: unknown): CheckResult<CatalogueItemFields> {
  return checkRecord(catalogueItemDraftSchema, input, catalogueItemRules)
}

/**
 * Why `item` cannot be put on a purchase, or null when it can: an art. 10 item never, an
 * archived (停用) item no longer.
 */
export function purchaseRefusal(
  item: Pick<CatalogueItem, 'name' | 'negativeListKey' | 'archivedAt'>
): string | null {
  if (item.negativeListKey !== null) {
    return `“${item.name}”属于 102号令第十条负面清单（${negativeListLabel(item.negativeListKey)}），不得作为政府购买服务内容`
  }
  if (item.archivedAt !== null) return `“${item.name}”已停用，不能再选用`
  return null
}
