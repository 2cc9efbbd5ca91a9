/**
 * 承接主体: whether an organisation may take on a purchased service (102号令 art. 6 and 8,
 * domain-cn.md §3). Only a lawfully established provider can sign the contract; a 备案 community
 * group is not a legal person (domain-cn.md §2.2), so it is allowed with a warning.
 */
import type { FieldIssue } from '../check'
import type { Organization } from '../organizations/organization'

/** The rule as the contract form shows it beside the provider picker. */
export const PROVIDER_RULE_SOURCE =
  '财政部令第102号《政府购买服务管理办法》第六条：承接主体应为依法成立的企业、社会组织（不含由财政拨款保障的群团组织）、' +
  '公益二类和从事生产经营活动的事业单位、农村集体经济组织、基层群众性自治组织以及具备条件的个人；' +
  '第八条：公益一类事业单位、使用事业编制且由财政拨款保障的群团组织，不作为承接主体。'

/** What stands against `org` as the provider of a purchased service; field `organizationId`. */
export function providerIssues(
  org: Pick<Organization, 'name' | 'legalForm' | 'registrationStatus' | 'archivedAt'>
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (message: string) =>
    issues.push({ field: 'organizationId', level: 'error', message })
  if (org.archivedAt !== null) error(`“${org.name}”已归档，不能作为承接主体`)
  if (org.registrationStatus === '注销') {
    error(`“${org.name}”已注销，不是依法成立的组织，不能承接政府购买服务（102号令第六条）`)
  } else if (org.registrationStatus === '筹备' || org.legalForm === '未登记') {
    error(`“${org.name}”尚未依法登记，不能承接政府购买服务（102号令第六条）`)
  } else if (org.registrationStatus === '备案') {
    issues.push({
      field: 'organizationId',
      level: 'warning',
      message: `“${org.name}”是备案的社区社会组织，不具有法人资格，一般只能承接小额项目或经枢纽型社会组织承接`
    })
  }
  return issues
}
