/**
 * 服务目录 rows. A row becomes the draft the catalogue form produces (所属清单 政府购买服务指导
 * 目录 when not filled in, as the form starts it) and is checked with checkCatalogueItem. The
 * 参考单价 is read in 元 the way price lists write it (80元, 1,200.50, 1.2万) and kept in 分; the
 * 负面清单 column takes the category of 102号令第十条 by its wording or a short form (劳务派遣,
 * 工程, 融资).
 *
 * A row is the stored item with the same 目录编码, or, without a code, the same name in the same
 * list — the two things the repository keeps unique; a row whose code is one item's and whose
 * name is another's in that list is refused, as the repository would refuse it.
 */
import type { z } from 'zod'
import {
  CATALOGUE_CATEGORIES,
  CATALOGUE_ITEM_STAND_INS,
  CATALOGUE_LISTS,
  catalogueItemDraftSchema,
  checkCatalogueItem,
  NEGATIVE_LIST,
  type CatalogueItem,
  type NegativeListKey
} from '../../domain/catalogue/catalogue-item'
import { cleanText, readAmount, readEnum, readText, type CellResult, type EnumSpec } from '../cells'
import {
  enumCells,
  applyFields,
  pickDraft,
  topFieldColumn,
  type ExistingMatch,
  type ImportColumn,
  type ImportSpec,
  type RowIdentity,
  type RowValues
} from '../import-spec'

export type CatalogueItemImportDraft = z.input<typeof catalogueItemDraftSchema>

export interface CatalogueLookups {
  byCode: Map<string, CatalogueItem>
  byListAndName: Map<string, CatalogueItem>
}

const LIST: EnumSpec<(typeof CATALOGUE_LISTS)[number]> = {
  options: CATALOGUE_LISTS,
  synonyms: {
    指导目录: '政府购买服务指导目录',
    购买服务目录: '政府购买服务指导目录',
    依法履职事项: '自治组织依法履行职责事项',
    履职事项: '自治组织依法履行职责事项',
    协助事项: '协助政府工作事项',
    协助政府事项: '协助政府工作事项'
  }
}

const CATEGORY: EnumSpec<(typeof CATALOGUE_CATEGORIES)[number]> = {
  options: CATALOGUE_CATEGORIES,
  synonyms: {
    公共服务: '基本公共服务',
    社会管理服务: '社会管理性服务',
    行业管理服务: '行业管理与协调性服务',
    辅助性事项: '政府履职所需辅助性事项',
    其他: '其他适宜由社会力量承担的服务事项'
  }
}

type NegativeListLabel = (typeof NEGATIVE_LIST)[number]['label']

const labelOf = (key: NegativeListKey): NegativeListLabel =>
  NEGATIVE_LIST.find((entry) => entry.key === key)!.label

const NEGATIVE: EnumSpec<NegativeListLabel> = {
  options: NEGATIVE_LIST.map((entry) => entry.label),
  synonyms: {
    不属于政府职责: labelOf('outsideRemit'),
    政府直接履职: labelOf('inherentDuty'),
    货物和工程: labelOf('goodsAndWorks'),
    工程: labelOf('goodsAndWorks'),
    融资: labelOf('financing'),
    劳务派遣: labelOf('ownStaffing'),
    公益性岗位: labelOf('ownStaffing'),
    人员招聘: labelOf('ownStaffing'),
    其他禁止事项: labelOf('otherByLaw')
  }
}

function readNegativeListKey(cell: unknown): CellResult<NegativeListKey | null> {
  const label = readEnum(cell, NEGATIVE)
  if (!label.ok || label.value === null) return label as CellResult<null>
  return { ok: true, value: NEGATIVE_LIST.find((entry) => entry.label === label.value)!.key }
}

const COLUMNS: readonly ImportColumn<CatalogueLookups>[] = [
  {
    key: 'name',
    header: '服务事项名称',
    synonyms: ['事项名称', '服务事项', '服务项目', '名称'],
    required: true,
    format: 'text',
    hint: '必填；同一清单内不重复',
    examples: ['居家养老上门服务', '社区矫正对象帮教'],
    read: readText
  },
  {
    key: 'code',
    header: '目录编码',
    synonyms: ['编码', '目录编号', '编号'],
    required: false,
    format: 'text',
    hint: '本单位目录的编码，可不填；同一编码的已有事项更新或跳过',
    examples: ['A0101', 'B0203'],
    read: readText
  },
  {
    key: 'list',
    header: '所属清单',
    synonyms: ['清单', '清单类型'],
    required: false,
    hint: '不填按“政府购买服务指导目录”',
    examples: ['政府购买服务指导目录', '政府购买服务指导目录'],
    ...enumCells(LIST)
  },
  {
    key: 'category',
    header: '目录类别',
    synonyms: ['类别', '一级目录'],
    required: true,
    hint: '必填；从下拉列表中选',
    examples: ['基本公共服务', '社会管理性服务'],
    ...enumCells(CATEGORY)
  },
  {
    key: 'description',
    header: '服务内容',
    synonyms: ['内容', '服务说明'],
    required: false,
    format: 'text',
    hint: '',
    examples: ['为失能、半失能老人提供助餐、助洁、助浴', '心理疏导、帮扶教育'],
    read: readText
  },
  {
    key: 'unit',
    header: '计量单位',
    synonyms: ['单位'],
    required: true,
    format: 'text',
    hint: '必填，如 次、人次、户、小时',
    examples: ['人次', '人'],
    read: readText
  },
  {
    key: 'typicalPriceFen',
    header: '参考单价（元）',
    synonyms: ['参考单价', '单价', '参考价格', '价格'],
    required: false,
    format: 'text',
    hint: '以元计，如 80、1,200.50、1.2万；没有参考价的不填',
    examples: ['80', '1,200'],
    read: readAmount
  },
  {
    key: 'negativeListKey',
    header: '负面清单类别',
    synonyms: ['负面清单'],
    required: false,
    format: 'text',
    options: NEGATIVE_LIST.map((entry) => entry.label),
    hint: '属于 102号令第十条负面清单的填其类别（可简写为 劳务派遣、工程、融资 等），否则不填',
    examples: [null, null],
    read: readNegativeListKey
  },
  {
    key: 'note',
    header: '备注',
    synonyms: ['说明'],
    required: false,
    format: 'text',
    hint: '',
    examples: [null, null],
    read: readText
  }
]

const DRAFT_FIELDS = Object.keys(catalogueItemDraftSchema.shape)

/** Codes compare without case or surrounding space, as the repository compares them. */
const codeKey = (code: string) => code.trim().toUpperCase()
const listKey = (list: string, name: string) => `${list}|${cleanText(name)}`

function matchOf(item: CatalogueItem, by: string): ExistingMatch<CatalogueItemImportDraft> {
  return {
    id: item.id,
    label: item.name,
    archived: item.archivedAt !== null,
    by,
    draft: pickDraft(item, DRAFT_FIELDS)
  }
}

function identify(
  values: RowValues,
  lookups: CatalogueLookups
): RowIdentity<CatalogueItemImportDraft> {
  const code = typeof values.code === 'string' ? codeKey(values.code) : null
  const name = typeof values.name === 'string' ? values.name : null
  const list = typeof values.list === 'string' ? values.list : CATALOGUE_LISTS[0]
  const namesake = name ? lookups.byListAndName.get(listKey(list, name)) : undefined
  const keys = [
    ...(code ? [{ key: `code:${code}`, what: '目录编码' }] : []),
    ...(name ? [{ key: `name:${listKey(list, name)}`, what: '清单和事项名称' }] : [])
  ]
  const coded = code ? lookups.byCode.get(code) : undefined
  if (coded) {
    const issues =
      namesake && namesake.id !== coded.id
        ? [
            {
              field: 'name',
              level: 'error' as const,
              message: `目录编码 ${code} 是“${coded.name}”的，而“${list}”中的“${name}”是另一个事项，请核对编码和名称`
            }
          ]
        : []
    return { keys, match: matchOf(coded, '目录编码'), issues }
  }
  if (namesake && !(code && namesake.code)) {
    return { keys, match: matchOf(namesake, '清单和事项名称'), issues: [] }
  }
  if (namesake) {
    return {
      keys,
      match: null,
      issues: [
        {
          field: 'name',
          level: 'error',
          message: `“${list}”中已有“${name}”（编码 ${namesake.code}），同一清单中事项名称不能重复`
        }
      ]
    }
  }
  return { keys, match: null, issues: [] }
}

export const catalogueItemImport: ImportSpec<CatalogueItemImportDraft, CatalogueLookups> = {
  entity: 'catalogueItems',
  label: '服务目录事项',
  reads: ['catalogueItems'],
  columns: COLUMNS,
  lookups: (context) => {
    const byCode = new Map<string, CatalogueItem>()
    const byListAndName = new Map<string, CatalogueItem>()
    for (const item of context.catalogueItems) {
      if (item.code) byCode.set(codeKey(item.code), item)
      byListAndName.set(listKey(item.list, item.name), item)
    }
    return { byCode, byListAndName }
  },
  /** A new item as the form starts one (catalogue-form-values.ts). */
  blankDraft: () =>
    ({
      name: '',
      code: null,
      list: '政府购买服务指导目录',
      category: undefined,
      description: '',
      unit: '',
      typicalPriceFen: null,
      negativeListKey: null,
      note: null
    }) as unknown as CatalogueItemImportDraft,
  standIns: CATALOGUE_ITEM_STAND_INS,
  apply: (draft, values) => applyFields(draft, values, DRAFT_FIELDS),
  check: (draft) => checkCatalogueItem(draft),
  columnOf: (field) => topFieldColumn(COLUMNS, field),
  identify,
  describe: (values) => (typeof values.name === 'string' ? values.name : '')
}
