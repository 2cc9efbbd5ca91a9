/**
 * 公示名单: the notice that puts a 公益创投 round's funded projects before the public — which
 * organisation, which project, how much — with the period and where objections go. It carries
 * no personal data: a notice is posted where anyone reads it.
 *
 * Once the results are published (公示中, 已立项) the list is each application's stored award,
 * the way publishedFigures counts it, so a grant withdrawn after an objection drops out and a
 * later change to the reviews cannot alter what went out. Before that it is the list the
 * computed results would publish, with the period the round plans, and a 草稿.
 */
import { formatYuan, type Fen } from '../../domain/money'
import type { Organization } from '../../domain/organizations/organization'
import type { Application } from '../../domain/venture/application'
import { inPublishedOrder, publishedFigures, type RoundResults } from '../../domain/venture/results'
import type { VentureRound } from '../../domain/venture/round'
import { REPORT_KINDS } from '../report-kinds'
import type { ReportBlock, ReportContext, ReportDocument } from '../report-model'
import {
  amountText,
  periodText,
  signatureBlock,
  UNKNOWN_APPLICATION,
  UNKNOWN_ORGANIZATION
} from './report-text'

export interface PublicityListReportInput {
  round: VentureRound
  /** The round's applications; archived ones are left out here. */
  applications: readonly Application[]
  /** The applicants, for their names. */
  organizations: readonly Pick<Organization, 'id' | 'name'>[]
  /** The results computed from the stored reviews (`VentureRoundsRepository.results`). */
  results: RoundResults
}

interface ListedProject {
  title: string
  organizationId: string | null
  grantFen: Fen
}

export function buildPublicityListReport(
  input: PublicityListReportInput,
  context: ReportContext
): ReportDocument {
  const { round } = input
  const applications = input.applications.filter((row) => row.archivedAt === null)
  const names = new Map(input.organizations.map((org) => [org.id, org.name]))
  const published = round.publicity !== null
  const listed = published
    ? awarded(applications, input.results)
    : proposed(input.results, applications)
  const grantedFen = published
    ? publishedFigures(applications, round.tracks).grantedFen
    : input.results.grantedFen
  const period = periodText(
    round.publicity?.startsOn ?? round.timeline.publicityStartsOn,
    round.publicity?.endsOn ?? round.timeline.publicityEndsOn
  )
  const office = context.office.trim()

  const blocks: ReportBlock[] = []
  if (listed.length === 0) {
    blocks.push({ kind: 'paragraph', text: `${round.name}尚无拟资助项目。` })
  } else {
    blocks.push({
      kind: 'paragraph',
      text:
        `${round.name}经资格初审、专家评审，拟资助项目 ${listed.length} 个，` +
        `资助金额合计 ${amountText(grantedFen)}。现将拟资助项目名单公示如下：`
    })
    blocks.push({
      kind: 'table',
      caption: '拟资助项目名单',
      columns: [
        { header: '序号', widthChars: 3, align: 'center' },
        { header: '申报机构' },
        { header: '项目名称' },
        { header: '资助金额（元）', widthChars: 6, align: 'right' }
      ],
      rows: listed.map((row, index) => [
        String(index + 1),
        (row.organizationId && names.get(row.organizationId)) ?? UNKNOWN_ORGANIZATION,
        row.title,
        formatYuan(row.grantFen)
      ]),
      foot: [['', '合计', `${listed.length} 个项目`, formatYuan(grantedFen)]]
    })
  }
  blocks.push({
    kind: 'paragraph',
    text: `公示期为${period}。如有异议，请于公示期内向${office || '主办单位'}反映。`
  })
  blocks.push(signatureBlock([], context))

  return {
    meta: {
      title: REPORT_KINDS.publicityList.label,
      subtitle: `${round.name}拟资助项目`,
      number: context.number,
      date: context.date,
      office: context.office,
      subject: `${round.name}拟资助项目公示名单`,
      keywords: ['公益创投', '公示名单', round.name],
      draft: !published
    },
    parties: [
      ...(office ? [{ label: '主办单位', value: office }] : []),
      { label: '公示期', value: period }
    ],
    blocks
  }
}

/** The published awards still granting money, in the published order (publishedFigures counts these). */
function awarded(applications: readonly Application[], results: RoundResults): ListedProject[] {
  return inPublishedOrder(applications, results)
    .filter((application) => application.award.grantFen > 0)
    .map((application) => ({
      title: application.title,
      organizationId: application.organizationId,
      grantFen: application.award.grantFen
    }))
}

/** What publishing now would list: the computed results' funded rows, in rank order. */
function proposed(results: RoundResults, applications: readonly Application[]): ListedProject[] {
  const byId = new Map(applications.map((application) => [application.id, application]))
  return results.rows
    .filter((row) => row.status === '资助')
    .map((row) => {
      const application = byId.get(row.applicationId)
      return {
        title: application?.title ?? UNKNOWN_APPLICATION,
        organizationId: application?.organizationId ?? null,
        grantFen: row.grantFen
      }
    })
}
