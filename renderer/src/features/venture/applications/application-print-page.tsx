/**
 * 申报书摘要 on one A4 sheet for the file or the review meeting: everything the application
 * says, in full, with the budget by line and category and the amounts in 大写. No ID numbers are
 * printed and phones are masked.
 */
import { useState } from 'react'
import { Button, Flex, Result, Spin } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { Link, useNavigate, useParams } from 'react-router'
import { todayInChina } from '@shared/domain/dates'
import { maskPhone } from '@shared/domain/identifiers/masking'
import { amountInWords, formatYuan, yuanText, type Fen } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import type { Application } from '@shared/domain/venture/application'
import type { VentureRound } from '@shared/domain/venture/round'
import { useById, useCommunities, useSocialWorkers } from '@renderer/components/use-registry'
import { useApplication, useRound } from '../use-venture-data'
import { budgetTableRows, formatInstant, trackName } from './application-display'
import { APPLICATION_FIELD_LABELS as L, APPLICATION_STRINGS as S } from './strings'
import { useApplicant } from './use-application-data'
import './application-print.css'

export function ApplicationPrintPage() {
  const { id = '' } = useParams()
  const application = useApplication(id)
  if (application === undefined) return <Spin />
  if (application === null) {
    return (
      <Result
        status="404"
        title={S.notFound}
        subTitle={S.notFoundText}
        extra={<Link to="/venture">{S.backToVenture}</Link>}
      />
    )
  }
  return <PrintLoaded application={application} />
}

function PrintLoaded({ application }: { application: Application }) {
  const navigate = useNavigate()
  const round = useRound(application.roundId)
  const organization = useApplicant(application.organizationId)
  const communities = useCommunities()
  const workers = useSocialWorkers()
  if (!round || organization === undefined || !communities || !workers) return <Spin />
  return (
    <div>
      <Flex className="application-print-toolbar" gap="small">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {S.printButton}
        </Button>
        <Button onClick={() => navigate(`/venture/applications/${application.id}`)}>
          {S.back}
        </Button>
      </Flex>
      <Sheet
        application={application}
        round={round}
        organization={organization}
        communityNames={new Map(communities.map((c) => [c.id, c.name]))}
        workers={workers}
      />
    </div>
  )
}

interface SheetProps {
  application: Application
  round: VentureRound
  organization: Organization | null
  communityNames: ReadonlyMap<string, string>
  workers: readonly SocialWorker[]
}

function Sheet({ application: a, round, organization, communityNames, workers }: SheetProps) {
  const workersById = useById(workers)
  const [today] = useState(todayInChina)
  const communities = a.communityIds.map((id) => communityNames.get(id) ?? id).join('、')
  const budget = budgetTableRows(a.budgetLines)
  const funding: [string, Fen][] = [
    [S.budgetTotal, budget.at(-1)!.amountFen],
    [L.requestedFen!, a.requestedFen],
    [L.matchingFen!, a.matchingFen]
  ]

  return (
    <article className="application-print-sheet" aria-label={S.printTitle}>
      <h1>{S.printTitle}</h1>
      <p className="application-print-subtitle">{round.name}</p>

      <table>
        <tbody>
          <tr>
            <th>{L.title}</th>
            <td colSpan={3}>{a.title || '—'}</td>
          </tr>
          <tr>
            <th>{S.printOrganization}</th>
            <td colSpan={3}>{organization?.name ?? S.unknownOrganization}</td>
          </tr>
          <tr>
            <th>{S.printUscc}</th>
            <td>{organization?.uscc ?? '—'}</td>
            <th>{S.printLegalRep}</th>
            <td>{organization?.legalRepName || '—'}</td>
          </tr>
          <tr>
            <th>{L.track}</th>
            <td>{trackName(round.tracks, a.track)}</td>
            <th>{L.communityIds}</th>
            <td>{communities || '—'}</td>
          </tr>
          <tr>
            <th>{L.contactName}</th>
            <td>{a.contactName ?? '—'}</td>
            <th>{L.contactPhone}</th>
            <td>{a.contactPhone ? maskPhone(a.contactPhone) : '—'}</td>
          </tr>
          <tr>
            <th>{S.printStatus}</th>
            <td>{a.status}</td>
            <th>{S.printSubmittedAt}</th>
            <td>{a.submittedAt ? formatInstant(a.submittedAt) : S.notSubmitted}</td>
          </tr>
        </tbody>
      </table>

      <h2>{S.sectionBeneficiaries}</h2>
      {a.beneficiaries.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>{S.beneficiaryType}</th>
              <th className="number">{S.beneficiaryCount}</th>
            </tr>
          </thead>
          <tbody>
            {a.beneficiaries.map((row, index) => (
              <tr key={index}>
                <td>{row.type}</td>
                <td className="number">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text">{S.beneficiariesEmpty}</p>
      )}

      <h2>{L.problem}</h2>
      <p className="text">{a.problem || '—'}</p>
      <h2>{L.objectives}</h2>
      <p className="text">{a.objectives || '—'}</p>

      <h2>{S.sectionActivities}</h2>
      {a.activities.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th className="number">{S.index}</th>
              <th>{S.activityMonth}</th>
              <th>{S.activityContent}</th>
            </tr>
          </thead>
          <tbody>
            {a.activities.map((row, index) => (
              <tr key={index}>
                <td className="number">{index + 1}</td>
                <td>{row.month}</td>
                <td>{row.content}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text">{S.activitiesEmpty}</p>
      )}

      <h2>{S.sectionTeam}</h2>
      {a.team.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th className="number">{S.index}</th>
              <th>{S.teamWorker}</th>
              <th>{S.certLevel}</th>
              <th>{S.teamRole}</th>
              <th>{S.phone}</th>
            </tr>
          </thead>
          <tbody>
            {a.team.map((member, index) => {
              const worker = workersById.get(member.socialWorkerId)
              return (
                <tr key={index}>
                  <td className="number">{index + 1}</td>
                  <td>{worker?.name ?? S.unknownWorker}</td>
                  <td>{worker?.certLevel ?? '—'}</td>
                  <td>{member.role}</td>
                  <td>{worker?.phone ? maskPhone(worker.phone) : '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p className="text">{S.teamEmpty}</p>
      )}

      <h2>{S.sectionBudget}</h2>
      {a.budgetLines.length > 0 ? (
        <table aria-label={L.budgetLines}>
          <thead>
            <tr>
              <th className="number">{S.index}</th>
              <th>{S.budgetCategory}</th>
              <th>{S.budgetItem}</th>
              <th className="number">{S.budgetUnitPrice}</th>
              <th className="number">{S.budgetQuantity}</th>
              <th className="number">{S.budgetAmount}</th>
              <th>{S.budgetNote}</th>
            </tr>
          </thead>
          <tbody>
            {budget.map((row) =>
              row.kind === 'line' ? (
                <tr key={row.key}>
                  <td className="number">{row.index}</td>
                  <td>{row.line.category}</td>
                  <td>{row.line.item}</td>
                  <td className="number">{formatYuan(row.line.unitPriceFen)}</td>
                  <td className="number">{row.line.quantity}</td>
                  <td className="number">{formatYuan(row.amountFen)}</td>
                  <td>{row.line.note ?? ''}</td>
                </tr>
              ) : (
                <tr key={row.key} className="sum">
                  <td colSpan={5}>
                    {row.kind === 'subtotal' ? S.subtotal(row.category) : S.budgetTotal}
                  </td>
                  <td className="number">{formatYuan(row.amountFen)}</td>
                  <td />
                </tr>
              )
            )}
          </tbody>
        </table>
      ) : (
        <p className="text">{S.budgetEmpty}</p>
      )}

      <h2>{S.sectionFunding}</h2>
      <table>
        <tbody>
          {funding.map(([label, fen]) => (
            <tr key={label}>
              <th>{label}</th>
              <td className="number">{yuanText(fen)}</td>
              <th>{S.inWords}</th>
              <td>{amountInWords(fen)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <p className="application-print-footer">{S.printedOn(today)}</p>
    </article>
  )
}
