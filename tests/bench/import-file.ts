/**
 * The workbook figure 11 imports: the city's 15,000 organisations as an office would keep them in
 * Excel, under the template's headers, written in Node with the same exceljs the app uses. 服务社区
 * is left out because the import goes into an empty profile, where no community exists yet.
 */
import ExcelJS from 'exceljs'
import { todayInChina } from '../../shared/domain/dates'
import { CITY_SCALE, generateSampleData } from '../../shared/sample-data/generate'

const HEADERS = [
  '组织名称',
  '统一社会信用代码',
  '组织形式',
  '登记状态',
  '备案编号',
  '服务领域',
  '组织来源',
  '法定代表人',
  '法定代表人身份证号',
  '法定代表人电话',
  '联系人',
  '联系电话',
  '地址',
  '区县',
  '街道',
  '专职人数',
  '持证社工人数',
  '成立日期',
  '评估等级',
  '评估得分',
  '评估日期'
]

/** A date cell as Excel keeps one: a real date at UTC midnight. */
const asDate = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`))

export interface ImportFile {
  data: Buffer
  rows: number
}

export async function cityOrganizationsWorkbook(): Promise<ImportFile> {
  const { organizations } = generateSampleData({
    today: todayInChina(new Date()),
    scale: { ...CITY_SCALE, socialWorkers: 0, incubations: 0, needs: 0, resources: 0 }
  })
  const live = organizations.filter((organization) => organization.archivedAt === null)
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('社会组织')
  sheet.addRow(HEADERS)
  for (const o of live) {
    sheet.addRow([
      o.name,
      o.uscc,
      o.legalForm,
      o.registrationStatus,
      o.filingNo,
      o.category,
      o.origin,
      o.legalRepName,
      o.legalRepIdNumber,
      o.legalRepPhone,
      o.contactName,
      o.contactPhone,
      o.address,
      o.district,
      o.subdistrict,
      o.staffCount,
      o.socialWorkerCount,
      asDate(o.establishedOn),
      o.rating?.grade ?? null,
      o.rating?.score ?? null,
      asDate(o.rating?.ratedOn ?? null)
    ])
  }
  return { data: Buffer.from(await workbook.xlsx.writeBuffer()), rows: live.length }
}
