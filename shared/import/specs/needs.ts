/**
 * 需求清单 rows. A row becomes the draft the need form produces (提出人数 1 and 提出日期 today
 * when not filled in, as the form starts them) and is checked with checkNeed, with the
 * community for the population warning. The community is written by name, as the form's picker
 * finds it; a row is the stored need of the same name in the same community.
 */
import type { z } from 'zod'
import {
  checkNeed,
  NEED_SOURCES,
  NEED_STAND_INS,
  needDraftSchema,
  type Need
} from '../../domain/linkage/need'
import { cleanText, readCount, readDate, readText, type EnumSpec } from '../cells'
import {
  enumCells,
  applyFields,
  pickDraft,
  topFieldColumn,
  type ImportColumn,
  type ImportSpec,
  type RowIdentity,
  type RowValues
} from '../import-spec'
import {
  communityNameKey,
  groupBy,
  indexCommunities,
  readCommunityId,
  type CommunityIndex
} from '../references'
import { SERVICE_CATEGORY } from './organizations'

export type NeedImportDraft = z.input<typeof needDraftSchema>

export interface NeedLookups {
  communities: CommunityIndex
  /** Needs by community and name. */
  byPlace: Map<string, Need[]>
}

const SOURCE: EnumSpec<(typeof NEED_SOURCES)[number]> = {
  options: NEED_SOURCES,
  synonyms: {
    入户走访: '走访',
    走访摸排: '走访',
    居民议事会: '议事会',
    议事协商: '议事会',
    网格员: '网格',
    网格排查: '网格',
    意见箱: '征集箱',
    需求征集: '征集箱',
    '12345热线': '12345',
    市民热线: '12345',
    热线: '12345'
  }
}

const COLUMNS: readonly ImportColumn<NeedLookups>[] = [
  {
    key: 'name',
    header: '需求名称',
    synonyms: ['需求', '需求事项', '名称'],
    required: true,
    format: 'text',
    hint: '必填；同一社区内同名的需求更新或跳过',
    examples: ['老年人助餐', '儿童课后托管'],
    read: readText
  },
  {
    key: 'communityId',
    header: '社区',
    synonyms: ['所在社区', '社区名称', '提出社区'],
    required: true,
    format: 'text',
    hint: '必填；社区名录中的社区，同名社区写成“社区名（街道）”',
    examples: ['军门社区', '军门社区'],
    read: (cell, lookups) => readCommunityId(cell, lookups.communities)
  },
  {
    key: 'category',
    header: '需求类别',
    synonyms: ['类别', '服务领域'],
    required: true,
    hint: '必填；从下拉列表中选',
    examples: ['为老服务', '青少年服务'],
    ...enumCells(SERVICE_CATEGORY)
  },
  {
    key: 'source',
    header: '需求来源',
    synonyms: ['来源', '提出渠道', '渠道'],
    required: true,
    hint: '必填；从下拉列表中选',
    examples: ['走访', '议事会'],
    ...enumCells(SOURCE)
  },
  {
    key: 'raisedBy',
    header: '提出人数',
    synonyms: ['人数', '反映人数'],
    required: false,
    format: 'count',
    hint: '整数，至少 1；不填按 1',
    examples: [36, 12],
    read: readCount
  },
  {
    key: 'raisedOn',
    header: '提出日期',
    synonyms: ['日期', '反映日期', '提出时间'],
    required: false,
    format: 'date',
    hint: '如 2026-03-05；不填按导入当天',
    examples: ['2026-03-05', '2026-04-12'],
    read: readDate
  },
  {
    key: 'description',
    header: '需求描述',
    synonyms: ['描述', '具体内容', '需求说明'],
    required: false,
    format: 'text',
    hint: '',
    examples: ['独居老人午餐无人照料', '双职工家庭放学后无人接送'],
    read: readText
  }
]

const DRAFT_FIELDS = Object.keys(needDraftSchema.shape)

const placeKey = (communityId: string, name: string) => `${communityId}|${communityNameKey(name)}`

function identify(values: RowValues, lookups: NeedLookups): RowIdentity<NeedImportDraft> {
  const { communityId, name } = values
  if (typeof communityId !== 'string' || typeof name !== 'string') {
    return { keys: [], match: null, issues: [] }
  }
  const key = placeKey(communityId, name)
  const stored = lookups.byPlace.get(key) ?? []
  // A merged duplicate lives on in the need it went into; that one is the match.
  const live = stored.filter((need) => need.mergedIntoId === null)
  const holder = live.length === 1 ? live[0]! : null
  return {
    keys: [{ key, what: '社区和需求名称' }],
    match: holder
      ? {
          id: holder.id,
          label: holder.name,
          archived: holder.archivedAt !== null,
          by: '社区和需求名称',
          draft: pickDraft(holder, DRAFT_FIELDS)
        }
      : null,
    issues: []
  }
}

export const needImport: ImportSpec<NeedImportDraft, NeedLookups> = {
  entity: 'needs',
  label: '需求',
  reads: ['communities', 'needs'],
  columns: COLUMNS,
  lookups: (context) => ({
    communities: indexCommunities(context.communities),
    byPlace: groupBy(context.needs, (need) => placeKey(need.communityId, need.name))
  }),
  blankDraft: (context) =>
    ({
      name: '',
      communityId: '',
      category: undefined,
      source: undefined,
      raisedBy: 1,
      raisedOn: context.today,
      description: null
    }) as unknown as NeedImportDraft,
  standIns: NEED_STAND_INS,
  apply: (draft, values) => applyFields(draft, values, DRAFT_FIELDS),
  check: (draft, context) => {
    const community =
      context.communities.find((candidate) => candidate.id === draft.communityId) ?? null
    return checkNeed(draft, context.today, { community })
  },
  columnOf: (field) => topFieldColumn(COLUMNS, field),
  identify,
  describe: (values) => (typeof values.name === 'string' ? cleanText(values.name) : '')
}
