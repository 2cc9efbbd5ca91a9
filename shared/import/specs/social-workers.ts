/**
 * 社工 rows. A row becomes the draft the social-worker form produces and is checked with
 * checkSocialWorker; the employer and the communities served are written by name (or the
 * employer's USCC) and found in the registries, as the form's pickers find them. A row is the
 * stored worker with the same certificate number, or, without one, the same ID number.
 */
import type { z } from 'zod'
import { normalizeCode } from '../../domain/identifiers/issues'
import {
  CERT_LEVELS,
  checkSocialWorker,
  GENDERS,
  SOCIAL_WORK_SPECIALTIES,
  SOCIAL_WORKER_STAND_INS,
  socialWorkerDraftSchema,
  type SocialWorker
} from '../../domain/social-workers/social-worker'
import { readDate, readList, readText, type EnumSpec } from '../cells'
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
import {
  groupBy,
  indexCommunities,
  indexOrganizations,
  readCommunityIds,
  readOrganizationId,
  type CommunityIndex,
  type OrganizationIndex
} from '../references'

export type SocialWorkerImportDraft = z.input<typeof socialWorkerDraftSchema>

export interface SocialWorkerLookups {
  communities: CommunityIndex
  organizations: OrganizationIndex
  byCertNo: Map<string, SocialWorker>
  byIdNumber: Map<string, SocialWorker>
  byName: Map<string, SocialWorker[]>
}

const GENDER: EnumSpec<(typeof GENDERS)[number]> = {
  options: GENDERS,
  synonyms: { 男性: '男', 女性: '女', M: '男', F: '女' }
}

const CERT_LEVEL: EnumSpec<(typeof CERT_LEVELS)[number]> = {
  options: CERT_LEVELS,
  synonyms: {
    助理社工师: '助理社会工作师',
    助理: '助理社会工作师',
    初级: '助理社会工作师',
    社工师: '社会工作师',
    中级: '社会工作师',
    高级社工师: '高级社会工作师',
    高级: '高级社会工作师',
    无: '未持证',
    无证: '未持证',
    未取得: '未持证',
    否: '未持证'
  }
}

const COLUMNS: readonly ImportColumn<SocialWorkerLookups>[] = [
  {
    key: 'name',
    header: '姓名',
    synonyms: ['社工姓名', '名字'],
    required: true,
    format: 'text',
    hint: '必填',
    examples: ['林晓梅', '陈志强'],
    read: readText
  },
  {
    key: 'gender',
    header: '性别',
    synonyms: [],
    required: true,
    hint: '必填；男或女',
    examples: ['女', '男'],
    ...enumCells(GENDER)
  },
  {
    key: 'certLevel',
    header: '职业水平',
    synonyms: ['职业水平等级', '证书等级', '资格等级', '职业资格', '社工等级', '持证情况'],
    required: true,
    hint: '必填；未取得证书的填“未持证”',
    examples: ['社会工作师', '未持证'],
    ...enumCells(CERT_LEVEL)
  },
  {
    key: 'certNo',
    header: '证书编号',
    synonyms: ['证书号', '证书号码', '职业水平证书编号'],
    required: false,
    format: 'text',
    hint: '持证的必填，未持证的不填；同一证书编号已登记的更新或跳过',
    examples: ['2019350102000123', null],
    read: readText
  },
  {
    key: 'registrationValidUntil',
    header: '登记有效期至',
    synonyms: ['登记有效期', '有效期至', '登记到期日', '注册有效期'],
    required: false,
    format: 'date',
    hint: '如 2027-06-30；登记有效期 3 年',
    examples: ['2027-06-30', null],
    read: readDate
  },
  {
    key: 'employerId',
    header: '所在机构',
    synonyms: ['工作单位', '所在单位', '单位', '机构'],
    required: false,
    format: 'text',
    hint: '社会组织名录中的组织名称或统一社会信用代码',
    examples: [null, null],
    read: (cell, lookups) => readOrganizationId(cell, lookups.organizations)
  },
  {
    key: 'communityIds',
    header: '服务社区',
    synonyms: ['所在社区', '社区'],
    required: false,
    format: 'text',
    hint: '社区名录中的社区，多个用顿号分隔；同名社区写成“社区名（街道）”',
    examples: [null, null],
    read: (cell, lookups) => readCommunityIds(cell, lookups.communities)
  },
  {
    key: 'specialties',
    header: '专长',
    synonyms: ['专业领域', '擅长领域'],
    required: false,
    format: 'text',
    hint: `多个用顿号分隔，如 ${SOCIAL_WORK_SPECIALTIES.slice(0, 3).join('、')}`,
    examples: ['老年社会工作、社区营造', null],
    read: readList
  },
  {
    key: 'phone',
    header: '电话',
    synonyms: ['联系电话', '手机', '手机号码'],
    required: false,
    format: 'text',
    personal: true,
    hint: '手机 11 位，座机带区号',
    examples: [null, null],
    read: readText
  },
  {
    key: 'idNumber',
    header: '身份证号',
    synonyms: ['身份证号码', '公民身份号码', '身份证'],
    required: false,
    format: 'text',
    personal: true,
    hint: '18 位；请把该列设为文本格式，否则 Excel 会丢掉末几位',
    examples: [null, null],
    read: readText
  }
]

const DRAFT_FIELDS = Object.keys(socialWorkerDraftSchema.shape)

function matchOf(worker: SocialWorker, by: string): ExistingMatch<SocialWorkerImportDraft> {
  return {
    id: worker.id,
    label: worker.name,
    archived: worker.archivedAt !== null,
    by,
    draft: pickDraft(worker, DRAFT_FIELDS)
  }
}

function identify(
  values: RowValues,
  lookups: SocialWorkerLookups
): RowIdentity<SocialWorkerImportDraft> {
  const text = (key: string) =>
    typeof values[key] === 'string' && values[key] !== '' ? normalizeCode(values[key]) : null
  const certNo = text('certNo')
  if (certNo) {
    const holder = lookups.byCertNo.get(certNo)
    return {
      keys: [{ key: `cert:${certNo}`, what: '证书编号' }],
      match: holder ? matchOf(holder, '证书编号') : null,
      issues: []
    }
  }
  const idNumber = text('idNumber')
  if (idNumber) {
    const holder = lookups.byIdNumber.get(idNumber)
    return {
      keys: [{ key: `id:${idNumber}`, what: '身份证号' }],
      match: holder ? matchOf(holder, '身份证号') : null,
      issues: []
    }
  }
  const name = typeof values.name === 'string' ? values.name : ''
  const namesakes = lookups.byName.get(name) ?? []
  return {
    keys: [],
    match: null,
    issues:
      namesakes.length > 0
        ? [
            {
              field: 'name',
              level: 'warning',
              message: `已有名为“${name}”的社工，本行没有证书编号或身份证号，将作为新社工导入，请确认不是重复录入`
            }
          ]
        : []
  }
}

export const socialWorkerImport: ImportSpec<SocialWorkerImportDraft, SocialWorkerLookups> = {
  entity: 'socialWorkers',
  label: '社工',
  reads: ['socialWorkers', 'organizations', 'communities'],
  columns: COLUMNS,
  lookups: (context) => ({
    communities: indexCommunities(context.communities),
    organizations: indexOrganizations(context.organizations),
    byCertNo: new Map(
      context.socialWorkers.flatMap((worker) =>
        worker.certNo ? [[worker.certNo, worker] as const] : []
      )
    ),
    byIdNumber: new Map(
      context.socialWorkers.flatMap((worker) =>
        worker.idNumber ? [[worker.idNumber, worker] as const] : []
      )
    ),
    byName: groupBy(context.socialWorkers, (worker) => worker.name)
  }),
  /** A new worker as the form starts one: gender and level asked, never assumed. */
  blankDraft: () =>
    ({
      name: '',
      gender: undefined,
      certLevel: undefined,
      certNo: null,
      registrationValidUntil: null,
      employerId: null,
      communityIds: [],
      specialties: [],
      phone: null,
      idNumber: null
    }) as unknown as SocialWorkerImportDraft,
  standIns: SOCIAL_WORKER_STAND_INS,
  // Whether a certificate number is needed (or allowed) depends on the level.
  dependents: { certLevel: ['certNo'] },
  apply: (draft, values) => applyFields(draft, values, DRAFT_FIELDS),
  check: (draft, context) => checkSocialWorker(draft, context.today),
  columnOf: (field) => topFieldColumn(COLUMNS, field),
  identify,
  describe: (values) => (typeof values.name === 'string' ? values.name : '')
}
