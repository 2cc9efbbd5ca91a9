/**
 * 社会组织 rows. A row becomes the draft the organisation form produces and is checked with
 * checkOrganization. Unfilled fields start as the form starts them (社会服务机构, 已登记,
 * 内生型, head counts 0); the 等级评估 is three columns (等级, 得分, 日期) that make one rating.
 *
 * A row is the stored organisation with the same USCC; without a USCC, the one with the same
 * 备案编号, and without either, the one with the same name (spaces and bracket widths aside).
 */
import { normalizeCode } from '../../domain/identifiers/issues'
import { normalizeOrganizationName } from '../../domain/organizations/duplicates'
import {
  checkOrganization,
  LEGAL_FORMS,
  ORGANIZATION_STAND_INS,
  organizationDraftSchema,
  ORGANIZATION_CATEGORIES,
  ORIGINS,
  RATING_GRADES,
  REGISTRATION_STATUSES,
  type Organization,
  type OrganizationDraft,
  type Rating
} from '../../domain/organizations/organization'
import { ratingBandIssue } from '../../domain/organizations/rating'
import { readCount, readDate, readNumber, readText, type EnumSpec } from '../cells'
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
import { groupBy, indexCommunities, readCommunityIds, type CommunityIndex } from '../references'

export interface OrganizationLookups {
  communities: CommunityIndex
  byUscc: Map<string, Organization>
  byFilingNo: Map<string, Organization[]>
  byName: Map<string, Organization[]>
}

const LEGAL_FORM: EnumSpec<(typeof LEGAL_FORMS)[number]> = {
  options: LEGAL_FORMS,
  synonyms: {
    社团: '社会团体',
    民办非企业单位: '社会服务机构',
    民办非企业: '社会服务机构',
    民非: '社会服务机构',
    社区社会组织备案: '社区社会组织',
    '社区社会组织（备案）': '社区社会组织',
    社区组织: '社区社会组织',
    未登记组织: '未登记'
  }
}

const REGISTRATION_STATUS: EnumSpec<(typeof REGISTRATION_STATUSES)[number]> = {
  options: REGISTRATION_STATUSES,
  synonyms: {
    登记: '已登记',
    已注册: '已登记',
    注册: '已登记',
    正常: '已登记',
    已备案: '备案',
    筹备中: '筹备',
    在筹: '筹备',
    已注销: '注销'
  }
}

/** 服务领域 as offices write it; needs share the list (NEED_CATEGORIES). */
export const SERVICE_CATEGORY: EnumSpec<(typeof ORGANIZATION_CATEGORIES)[number]> = {
  options: ORGANIZATION_CATEGORIES,
  synonyms: {
    为老: '为老服务',
    养老: '为老服务',
    养老服务: '为老服务',
    助老: '为老服务',
    助残: '助残服务',
    残疾人服务: '助残服务',
    青少年: '青少年服务',
    儿童: '妇女儿童',
    妇女: '妇女儿童',
    妇儿: '妇女儿童',
    治理: '社区治理',
    调解: '矛盾调解',
    人民调解: '矛盾调解',
    心理: '心理健康',
    心理服务: '心理健康',
    环保: '环境保护',
    文体: '文体教育',
    文化: '文体教育',
    体育: '文体教育',
    教育: '文体教育',
    慈善: '公益慈善',
    公益: '公益慈善',
    社工: '社会工作',
    社工服务: '社会工作'
  }
}

const ORIGIN: EnumSpec<(typeof ORIGINS)[number]> = {
  options: ORIGINS,
  synonyms: { 内生: '内生型', 本土: '内生型', 外生: '外生型', 引进: '外生型', 外来: '外生型' }
}

const GRADE: EnumSpec<(typeof RATING_GRADES)[number]> = {
  options: RATING_GRADES,
  synonyms: Object.fromEntries(
    RATING_GRADES.flatMap((grade) => {
      const stars = 'A'.repeat(Number(grade[0]))
      return [
        [stars, grade],
        [`${stars}级`, grade],
        [`${grade}级`, grade]
      ]
    })
  )
}

/** A 社会服务机构 registered in 福州鼓楼 (350102), both check characters right. */
const EXAMPLE_USCC = '52350102MA01C7K265'

const text = (cell: unknown) => readText(cell)

const COLUMNS: readonly ImportColumn<OrganizationLookups>[] = [
  {
    key: 'name',
    header: '组织名称',
    synonyms: ['机构名称', '单位名称', '社会组织名称', '组织全称', '名称'],
    required: true,
    format: 'text',
    hint: '必填；与登记证书上的名称一致',
    examples: ['鼓楼区晨光为老服务中心', '军门社区夕阳红志愿服务队'],
    read: text
  },
  {
    key: 'uscc',
    header: '统一社会信用代码',
    synonyms: ['信用代码', '统一代码', '社会信用代码', '统一社会信用代码证号'],
    required: false,
    format: 'text',
    hint: '18 位；已登记的组织必填，备案和筹备中的组织不填；同一代码已登记的更新或跳过',
    examples: [EXAMPLE_USCC, null],
    read: text
  },
  {
    key: 'legalForm',
    header: '组织形式',
    synonyms: ['组织类型', '登记类型', '法人类型'],
    required: false,
    hint: '不填按“社会服务机构”；民办非企业单位即社会服务机构',
    examples: ['社会服务机构', '社区社会组织'],
    ...enumCells(LEGAL_FORM)
  },
  {
    key: 'registrationStatus',
    header: '登记状态',
    synonyms: ['登记情况', '状态'],
    required: false,
    hint: '不填按“已登记”',
    examples: ['已登记', '备案'],
    ...enumCells(REGISTRATION_STATUS)
  },
  {
    key: 'filingNo',
    header: '备案编号',
    synonyms: ['备案号', '备案证号'],
    required: false,
    format: 'text',
    hint: '备案的社区社会组织必填',
    examples: [null, '鼓民备〔2024〕12号'],
    read: text
  },
  {
    key: 'category',
    header: '服务领域',
    synonyms: ['领域', '服务类别', '服务类型'],
    required: true,
    hint: '必填；从下拉列表中选',
    examples: ['为老服务', '为老服务'],
    ...enumCells(SERVICE_CATEGORY)
  },
  {
    key: 'origin',
    header: '组织来源',
    synonyms: ['来源'],
    required: false,
    hint: '不填按“内生型”',
    examples: ['内生型', '内生型'],
    ...enumCells(ORIGIN)
  },
  {
    key: 'legalRepName',
    header: '法定代表人',
    synonyms: ['法定代表人姓名', '法人代表', '法人', '负责人', '法定代表人（负责人）'],
    required: false,
    format: 'text',
    hint: '备案组织填负责人',
    examples: ['林晓梅', '陈国平'],
    read: text
  },
  {
    key: 'legalRepIdNumber',
    header: '法定代表人身份证号',
    synonyms: ['法定代表人身份证号码', '法人身份证号', '负责人身份证号'],
    required: false,
    format: 'text',
    personal: true,
    hint: '18 位；请把该列设为文本格式，否则 Excel 会丢掉末几位',
    examples: [null, null],
    read: text
  },
  {
    key: 'legalRepPhone',
    header: '法定代表人电话',
    synonyms: ['法定代表人联系电话', '法人电话', '负责人电话'],
    required: false,
    format: 'text',
    personal: true,
    hint: '手机 11 位，座机带区号',
    examples: [null, null],
    read: text
  },
  {
    key: 'contactName',
    header: '联系人',
    synonyms: ['联系人姓名'],
    required: false,
    format: 'text',
    hint: '',
    examples: ['王丽', '陈国平'],
    read: text
  },
  {
    key: 'contactPhone',
    header: '联系电话',
    synonyms: ['联系人电话', '电话', '手机', '手机号码', '联系方式'],
    required: false,
    format: 'text',
    personal: true,
    hint: '手机 11 位，座机带区号',
    examples: ['0591-83123456', '0591-83765432'],
    read: text
  },
  {
    key: 'address',
    header: '地址',
    synonyms: ['住所', '办公地址', '注册地址', '联系地址'],
    required: false,
    format: 'text',
    hint: '',
    examples: ['鼓楼区军门社区杨桥路 18 号', '鼓楼区军门社区活动中心'],
    read: text
  },
  {
    key: 'district',
    header: '区县',
    synonyms: ['所属区县', '区（县）', '县区', '区'],
    required: false,
    format: 'text',
    hint: '',
    examples: ['鼓楼区', '鼓楼区'],
    read: text
  },
  {
    key: 'subdistrict',
    header: '街道',
    synonyms: ['所属街道', '街道（乡镇）', '乡镇（街道）', '街镇'],
    required: false,
    format: 'text',
    hint: '',
    examples: ['温泉街道', '温泉街道'],
    read: text
  },
  {
    key: 'communityIds',
    header: '服务社区',
    synonyms: ['所属社区', '社区'],
    required: false,
    format: 'text',
    hint: '社区名录中的社区，多个用顿号分隔；同名社区写成“社区名（街道）”',
    examples: [null, null],
    read: (cell, lookups) => readCommunityIds(cell, lookups.communities)
  },
  {
    key: 'staffCount',
    header: '专职人数',
    synonyms: ['专职工作人员', '专职人员数', '工作人员数'],
    required: false,
    format: 'count',
    hint: '整数，不填按 0',
    examples: [12, 0],
    read: readCount
  },
  {
    key: 'socialWorkerCount',
    header: '持证社工人数',
    synonyms: ['持证社工', '社工人数'],
    required: false,
    format: 'count',
    hint: '整数，不填按 0',
    examples: [5, 0],
    read: readCount
  },
  {
    key: 'establishedOn',
    header: '成立日期',
    synonyms: ['成立时间', '登记日期', '成立登记日期'],
    required: false,
    format: 'date',
    hint: '如 2019-03-01 或 2019年3月1日',
    examples: ['2019-03-01', '2024-06-15'],
    read: readDate
  },
  {
    key: 'ratingGrade',
    header: '评估等级',
    synonyms: ['社会组织评估等级', '等级'],
    required: false,
    hint: '1A–5A；填了等级须同时填评估得分和评估日期',
    examples: ['4A', null],
    ...enumCells(GRADE)
  },
  {
    key: 'ratingScore',
    header: '评估得分',
    synonyms: ['评估分数', '得分'],
    required: false,
    format: 'number',
    hint: '1000 分制',
    examples: [865, null],
    read: readNumber
  },
  {
    key: 'ratedOn',
    header: '评估日期',
    synonyms: ['评定日期', '等级评定日期'],
    required: false,
    format: 'date',
    hint: '有效期为评估日期起 5 年',
    examples: ['2023-05-10', null],
    read: readDate
  }
]

const DRAFT_FIELDS = Object.keys(organizationDraftSchema.shape)

/**
 * A new organisation as the form starts it (organization-form-values.ts): unnamed, without a
 * 服务领域 and 已登记; every other field as empty as the stand-ins leave it.
 */
function blankDraft(): OrganizationDraft {
  return { ...ORGANIZATION_STAND_INS, name: '', registrationStatus: '已登记', category: '' }
}

const RATING_COLUMNS = { grade: 'ratingGrade', score: 'ratingScore', ratedOn: 'ratedOn' } as const

function apply(draft: OrganizationDraft, values: RowValues): OrganizationDraft {
  const next: Record<string, unknown> = applyFields(draft, values, DRAFT_FIELDS)
  const ratingParts = Object.entries(RATING_COLUMNS).filter(([, column]) => column in values)
  if (ratingParts.length > 0) {
    // Missing parts go as missing, so the rule words what is left to fill in.
    const rating: Record<string, unknown> = { ...(draft.rating ?? {}) }
    for (const [part, column] of ratingParts) rating[part] = values[column]
    next.rating = rating as unknown as Rating
  }
  return next as OrganizationDraft
}

function columnOf(field: string): string | null {
  if (field === 'rating' || field === 'rating.grade') return 'ratingGrade'
  if (field === 'rating.score') return 'ratingScore'
  if (field === 'rating.ratedOn') return 'ratedOn'
  return topFieldColumn(COLUMNS, field)
}

function storedDraft(organization: Organization): OrganizationDraft {
  return pickDraft<OrganizationDraft>(organization, DRAFT_FIELDS)
}

function matchOf(organization: Organization, by: string): ExistingMatch<OrganizationDraft> {
  return {
    id: organization.id,
    label: organization.name,
    archived: organization.archivedAt !== null,
    by,
    draft: storedDraft(organization)
  }
}

function textValue(values: RowValues, key: string): string | null {
  const value = values[key]
  return typeof value === 'string' && value !== '' ? value : null
}

/**
 * The stored organisation a row stands for: by USCC, else by 备案编号, else by name. A row with
 * a USCC matches by name only an organisation without one (the 筹备 or 备案 group now
 * registered); a stored namesake with another code is a different organisation, so the row is
 * imported as a new one and the namesake pointed out.
 */
function identify(values: RowValues, lookups: OrganizationLookups): RowIdentity<OrganizationDraft> {
  const uscc = textValue(values, 'uscc')
  const code = uscc ? normalizeCode(uscc) : null
  const filingNo = textValue(values, 'filingNo')
  const name = textValue(values, 'name')
  const nameKey = name ? normalizeOrganizationName(name) : null
  const keys = code
    ? [{ key: `uscc:${code}`, what: '统一社会信用代码' }]
    : filingNo
      ? [{ key: `filing:${filingNo}`, what: '备案编号' }]
      : nameKey
        ? [{ key: `name:${nameKey}`, what: '组织名称' }]
        : []
  const none = { keys, match: null, issues: [] }

  const holder = code ? lookups.byUscc.get(code) : undefined
  if (holder) return { ...none, match: matchOf(holder, '统一社会信用代码') }
  const filed = filingNo ? (lookups.byFilingNo.get(filingNo) ?? []) : []
  if (filed.length === 1) return { ...none, match: matchOf(filed[0]!, '备案编号') }
  if (!nameKey) return none

  const sameName = lookups.byName.get(nameKey) ?? []
  const candidates = code ? sameName.filter((organization) => organization.uscc === null) : sameName
  if (candidates.length === 1) return { ...none, match: matchOf(candidates[0]!, '组织名称') }
  const warning = (message: string): RowIdentity<OrganizationDraft> => ({
    ...none,
    issues: [{ field: 'name', level: 'warning', message }]
  })
  if (candidates.length > 1) {
    return warning(
      `已有 ${candidates.length} 个名为“${name}”的组织，无法确定是哪一个，将作为新组织导入；请填写信用代码或备案编号`
    )
  }
  const namesake = sameName[0]
  if (namesake) {
    return warning(
      `已有同名组织“${namesake.name}”（信用代码 ${namesake.uscc}），本行将作为另一个组织导入，请确认不是重复录入`
    )
  }
  return none
}

export const organizationImport: ImportSpec<OrganizationDraft, OrganizationLookups> = {
  entity: 'organizations',
  label: '社会组织',
  reads: ['organizations', 'communities'],
  columns: COLUMNS,
  lookups: (context) => ({
    communities: indexCommunities(context.communities),
    byUscc: new Map(
      context.organizations.flatMap((organization) =>
        organization.uscc ? [[organization.uscc, organization] as const] : []
      )
    ),
    byFilingNo: groupBy(context.organizations, (organization) => organization.filingNo),
    byName: groupBy(context.organizations, (organization) =>
      normalizeOrganizationName(organization.name)
    )
  }),
  blankDraft,
  standIns: ORGANIZATION_STAND_INS,
  apply,
  check: (draft, context) => checkOrganization(draft, context.today),
  columnOf,
  identify,
  crossIssues(draft, _lookups, context) {
    const rating = draft.rating as Partial<Rating> | null
    if (!context.ratingBands || !rating?.grade || typeof rating.score !== 'number') return []
    const issue = ratingBandIssue(rating as Rating, context.ratingBands)
    return issue ? [issue] : []
  },
  describe: (values) => textValue(values, 'name') ?? ''
}
