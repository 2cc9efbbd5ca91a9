/**
 * 社区 rows. A row becomes the draft the community form produces (figures not filled in start
 * at 0, as the form starts them) and is checked with checkCommunity. A row is the stored
 * community of the same name in the same street of the same district.
 */
import {
  checkCommunity,
  COMMUNITY_STAND_INS,
  communityDraftSchema,
  type Community
} from '../../domain/communities/community'
import { cleanText, readCount, readText } from '../cells'
import {
  applyFields,
  pickDraft,
  topFieldColumn,
  type ImportColumn,
  type ImportSpec,
  type RowIdentity,
  type RowValues
} from '../import-spec'
import { communityNameKey, groupBy } from '../references'
import type { z } from 'zod'

export type CommunityImportDraft = z.input<typeof communityDraftSchema>

export interface CommunityLookups {
  byPlace: Map<string, Community[]>
}

const COLUMNS: readonly ImportColumn<CommunityLookups>[] = [
  {
    key: 'name',
    header: '社区名称',
    synonyms: ['社区', '社区（村）名称', '村（社区）', '村（社区）名称', '社区居委会', '名称'],
    required: true,
    format: 'text',
    hint: '必填；同一街道内不重复，已有的更新或跳过',
    examples: ['军门社区', '南街社区'],
    read: readText
  },
  {
    key: 'district',
    header: '区县',
    synonyms: ['所属区县', '区（县）', '县区', '区'],
    required: true,
    format: 'text',
    hint: '必填',
    examples: ['鼓楼区', '温江区'],
    read: readText
  },
  {
    key: 'subdistrict',
    header: '街道',
    synonyms: ['所属街道', '街道（乡镇）', '乡镇（街道）', '街镇'],
    required: true,
    format: 'text',
    hint: '必填',
    examples: ['温泉街道', '柳城街道'],
    read: readText
  },
  {
    key: 'divisionCode',
    header: '区划代码',
    synonyms: ['统计用区划代码', '行政区划代码', '区划编码'],
    required: false,
    format: 'text',
    hint: '可不填；填则为 12 位统计用区划代码',
    examples: ['350102001001', null],
    read: readText
  },
  {
    key: 'households',
    header: '户数',
    synonyms: ['总户数', '户籍户数'],
    required: false,
    format: 'count',
    hint: '整数，不填按 0',
    examples: [3200, 4100],
    read: readCount
  },
  {
    key: 'population',
    header: '人口',
    synonyms: ['人口数', '总人口', '常住人口', '户籍人口'],
    required: false,
    format: 'count',
    hint: '整数，不填按 0',
    examples: [8600, 12500],
    read: readCount
  },
  {
    key: 'grids',
    header: '网格数',
    synonyms: ['网格', '网格数量'],
    required: false,
    format: 'count',
    hint: '整数，不填按 0',
    examples: [8, 12],
    read: readCount
  }
]

const DRAFT_FIELDS = Object.keys(communityDraftSchema.shape)

/** Name, street and district as compared: cleaned, without spaces. */
function placeKey(name: string, subdistrict: string, district: string): string {
  return [name, subdistrict, district].map(communityNameKey).join('|')
}

function identify(values: RowValues, lookups: CommunityLookups): RowIdentity<CommunityImportDraft> {
  const part = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '')
  const [name, subdistrict, district] = [part('name'), part('subdistrict'), part('district')]
  if (!name || !subdistrict || !district) return { keys: [], match: null, issues: [] }
  const key = placeKey(name, subdistrict, district)
  const stored = lookups.byPlace.get(key) ?? []
  // Two stored twins (allowed after re-zoning) leave no way to tell which is meant.
  const holder = stored.length === 1 ? stored[0]! : null
  return {
    keys: [{ key, what: '区县、街道和社区名称' }],
    match: holder
      ? {
          id: holder.id,
          label: `${holder.name}（${holder.subdistrict}）`,
          archived: holder.archivedAt !== null,
          by: '区县、街道和社区名称',
          draft: pickDraft(holder, DRAFT_FIELDS)
        }
      : null,
    issues:
      stored.length > 1
        ? [
            {
              field: 'name',
              level: 'warning',
              message: `${district}${subdistrict}已有 ${stored.length} 个“${name}”，无法确定是哪一个，将作为新社区导入`
            }
          ]
        : []
  }
}

export const communityImport: ImportSpec<CommunityImportDraft, CommunityLookups> = {
  entity: 'communities',
  label: '社区',
  reads: ['communities'],
  columns: COLUMNS,
  lookups: (context) => ({
    byPlace: groupBy(context.communities, (community) =>
      placeKey(community.name, community.subdistrict, community.district)
    )
  }),
  blankDraft: () => ({
    name: '',
    district: '',
    subdistrict: '',
    divisionCode: null,
    households: 0,
    population: 0,
    grids: 0
  }),
  standIns: COMMUNITY_STAND_INS,
  // More households than residents is a comparison: it waits for a readable population.
  dependents: { population: ['households'] },
  apply: (draft, values) => applyFields(draft, values, DRAFT_FIELDS),
  check: (draft) => checkCommunity(draft),
  columnOf: (field) => topFieldColumn(COLUMNS, field),
  identify,
  describe: (values) =>
    [values.name, values.subdistrict]
      .filter((part): part is string => typeof part === 'string')
      .map(cleanText)
      .join(' · ')
}
