/** Stored records and sheets for the import tests: small, named, and each valid by itself. */
import type { Activity } from '@shared/domain/activities/activity'
import type { CatalogueItem } from '@shared/domain/catalogue/catalogue-item'
import type { Community } from '@shared/domain/communities/community'
import type { Need } from '@shared/domain/linkage/need'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Project } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { dryRun } from '@shared/import/dry-run'
import { autoMapping, findHeaderRow, readHeaders } from '@shared/import/header-mapping'
import type { ImportContext, ImportSpec } from '@shared/import/import-spec'
import { pinyinKeys } from '@shared/text/pinyin'

export const TODAY = '2026-11-22'

/** Valid USCCs of 社会服务机构 (52), 社会团体 (51) and 基金会 (53) registered in 福州鼓楼. */
export const USCC = {
  service: '52350102MA01C7K265',
  society: '51350102MA02D8L3XP',
  foundation: '53350102MA03E9M439'
}

/** A resident ID number with its check character right (born 1980-01-01). */
export const ID_NUMBER = '350102198001011233'

const stamps = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  archivedAt: null
}

export function community(overrides: Partial<Community> & { id: string; name: string }): Community {
  return {
    district: '鼓楼区',
    subdistrict: '温泉街道',
    divisionCode: null,
    households: 1000,
    population: 3000,
    grids: 5,
    ...stamps,
    ...pinyinKeys(overrides.name),
    ...overrides
  }
}

export function organization(
  overrides: Partial<Organization> & { id: string; name: string }
): Organization {
  return {
    uscc: null,
    legalForm: '社会服务机构',
    registrationStatus: '筹备',
    filingNo: null,
    category: '为老服务',
    origin: '内生型',
    legalRepName: '',
    legalRepIdNumber: null,
    legalRepPhone: null,
    contactName: '',
    contactPhone: null,
    address: '',
    district: '鼓楼区',
    subdistrict: '温泉街道',
    communityIds: [],
    staffCount: 0,
    socialWorkerCount: 0,
    establishedOn: null,
    rating: null,
    annualChecks: [],
    ...stamps,
    ...pinyinKeys(overrides.name),
    ...overrides
  }
}

export function socialWorker(
  overrides: Partial<SocialWorker> & { id: string; name: string }
): SocialWorker {
  return {
    gender: '女',
    certLevel: '未持证',
    certNo: null,
    registrationValidUntil: null,
    employerId: null,
    communityIds: [],
    specialties: [],
    phone: null,
    idNumber: null,
    ...stamps,
    ...pinyinKeys(overrides.name),
    ...overrides
  }
}

export function context(stored: Partial<ImportContext> = {}): ImportContext {
  return {
    today: TODAY,
    organizations: [],
    communities: [],
    socialWorkers: [],
    needs: [],
    catalogueItems: [],
    project: null,
    activities: [],
    ratingBands: null,
    ...stored
  }
}

/**
 * The dry run of a sheet whose header row is found and mapped automatically, as the wizard
 * starts; `rows` are the data rows under the header (Excel row 2 on).
 */
export function dryRunSheet<D extends object, L>(
  spec: ImportSpec<D, L>,
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  stored: Partial<ImportContext> = {}
) {
  const grid = [header, ...rows]
  const headerRow = findHeaderRow(grid, spec.columns)!
  const mapping = autoMapping(readHeaders(grid, headerRow), spec.columns)
  return dryRun(spec, { grid, headerRow, mapping }, context(stored))
}

/** The messages of a dry-run row's errors, as `“列名”：原因`. */
export function errorsOf(row: { errors: { column: string | null; message: string }[] }) {
  return row.errors.map(
    (issue) => `${issue.column === null ? '' : `“${issue.column}”：`}${issue.message}`
  )
}

export function warningsOf(row: { warnings: { column: string | null; message: string }[] }) {
  return row.warnings.map(
    (issue) => `${issue.column === null ? '' : `“${issue.column}”：`}${issue.message}`
  )
}

/**
 * A project in 执行中 serving `communityIds` with `socialWorkerIds` as its team: only the fields
 * an activity import reads.
 */
export function project(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p1',
    title: '银龄互助探访',
    status: '执行中',
    startOn: '2026-03-01',
    endOn: '2027-02-28',
    communityIds: [],
    socialWorkerIds: [],
    ...stamps,
    ...overrides
  } as Project
}

export function need(overrides: Partial<Need> & { id: string; name: string }): Need {
  return {
    communityId: 'c1',
    category: '为老服务',
    source: '走访',
    raisedBy: 3,
    raisedOn: '2026-01-05',
    description: null,
    status: '待对接',
    projectIds: [],
    mergedIntoId: null,
    resolution: null,
    pinyin: '',
    pinyinInitials: '',
    ...stamps,
    ...overrides
  }
}

export function catalogueItem(
  overrides: Partial<CatalogueItem> & { id: string; name: string }
): CatalogueItem {
  return {
    code: null,
    list: '政府购买服务指导目录',
    category: '基本公共服务',
    description: '',
    unit: '次',
    typicalPriceFen: null,
    negativeListKey: null,
    note: null,
    pinyin: '',
    pinyinInitials: '',
    ...stamps,
    ...overrides
  }
}

export function activity(overrides: Partial<Activity> & { id: string }): Activity {
  return {
    projectId: 'p1',
    date: '2026-03-05',
    communityId: 'c1',
    title: '长者生日会',
    participants: 40,
    volunteers: 0,
    volunteerHours: 0,
    socialWorkerIds: [],
    note: null,
    ...stamps,
    ...overrides
  }
}
