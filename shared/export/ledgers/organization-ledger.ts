/**
 * 社会组织台账: the registry the way superiors ask for it — one row per organisation in use
 * (archived ones left out) in pinyin order, with its registration, contacts, incubation status,
 * its 等级评估 (grade, score, date, valid-until and whether it is still valid) and the
 * conclusions of the last three 年检 / 年报 that are due. Phones are masked, as everywhere.
 */
import type { IsoDate } from '../../domain/dates'
import { maskPhone } from '../../domain/identifiers/masking'
import { latestStayStatuses, type Incubation } from '../../domain/incubation/incubation'
import type { AnnualCheck, Organization } from '../../domain/organizations/organization'
import { latestDueAnnualCheckYear, ratingState } from '../../domain/organizations/rating'
import { compareZh } from '../../text/collator'
import type { RawValue } from '../cell-values'
import type { SheetColumn, SheetModel } from '../sheet-model'
import { ledgerTitle } from './ledger-text'

export interface OrganizationLedgerInput {
  organizations: readonly Organization[]
  /** Every stay, for each organisation's latest incubation status. */
  incubations: readonly Incubation[]
  /** The office's name, for the title; may be empty. */
  office: string
  today: IsoDate
}

/** How many 年检 years the ledger shows, newest first. */
export const ANNUAL_CHECK_YEARS = 3

const RATING_STATE_LABELS = {
  none: null,
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期'
} as const

const NOT_INCUBATED = '未入驻'

/** `合格`, or `基本合格（年报）` where a 年度工作报告 replaced the 年检. */
function checkText(check: AnnualCheck | undefined): string | null {
  if (!check) return null
  return check.mode === '年检' ? check.conclusion : `${check.conclusion}（${check.mode}）`
}

export function organizationLedger(input: OrganizationLedgerInput): SheetModel {
  const latestYear = latestDueAnnualCheckYear(input.today)
  const years = Array.from({ length: ANNUAL_CHECK_YEARS }, (_, back) => latestYear - back)
  const stays = latestStayStatuses(input.incubations)
  const columns: SheetColumn[] = [
    { header: '序号', type: 'number' },
    { header: '组织名称', type: 'text' },
    { header: '统一社会信用代码', type: 'text' },
    { header: '备案编号', type: 'text' },
    { header: '组织形式', type: 'text' },
    { header: '登记状态', type: 'text' },
    { header: '服务领域', type: 'text' },
    { header: '组织来源', type: 'text' },
    { header: '成立日期', type: 'date' },
    { header: '法定代表人', type: 'text' },
    { header: '联系人', type: 'text' },
    { header: '联系电话', type: 'text' },
    { header: '地址', type: 'text' },
    { header: '区县', type: 'text' },
    { header: '街道', type: 'text' },
    { header: '专职人数', type: 'number' },
    { header: '持证社工人数', type: 'number' },
    { header: '孵化状态', type: 'text' },
    { header: '评估等级', type: 'text' },
    { header: '评估得分', type: 'number' },
    { header: '评估日期', type: 'date' },
    { header: '等级有效期至', type: 'date' },
    { header: '等级状态', type: 'text' },
    ...years.map((year): SheetColumn => ({ header: `${year}年度年检`, type: 'text' }))
  ]
  const organizations = input.organizations
    .filter((organization) => organization.archivedAt === null)
    .sort((a, b) => compareZh(a.pinyin, b.pinyin) || compareZh(a.name, b.name))
  const rows = organizations.map((o, index): RawValue[] => {
    const rating = ratingState(o.rating, input.today)
    const checks = new Map(o.annualChecks.map((check) => [check.year, check]))
    return [
      index + 1,
      o.name,
      o.uscc,
      o.filingNo,
      o.legalForm,
      o.registrationStatus,
      o.category,
      o.origin,
      o.establishedOn,
      o.legalRepName,
      o.contactName,
      o.contactPhone ? maskPhone(o.contactPhone) : null,
      o.address,
      o.district,
      o.subdistrict,
      o.staffCount,
      o.socialWorkerCount,
      stays.get(o.id) ?? NOT_INCUBATED,
      o.rating?.grade ?? null,
      o.rating?.score ?? null,
      o.rating?.ratedOn ?? null,
      rating.state === 'none' ? null : rating.validUntil,
      RATING_STATE_LABELS[rating.state],
      ...years.map((year) => checkText(checks.get(year)))
    ]
  })
  return {
    name: '社会组织台账',
    title: ledgerTitle(input.office, '社会组织台账', input.today),
    columns,
    rows
  }
}
