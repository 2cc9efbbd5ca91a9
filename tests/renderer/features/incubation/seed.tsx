/**
 * Seeding for the incubation page tests: a few organisations from the sample data, the operator
 * set, and stays walked to the wanted status through the repositories on a fixed clock. The
 * pages themselves read the (faked) system clock, set to the same instant.
 */
import { Route, Routes, useParams } from 'react-router'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { IncubationDetailPage } from '@renderer/features/incubation/incubation-detail-page'
import { IncubationPage } from '@renderer/features/incubation/incubation-page'
import { OrganizationIncubationSection } from '@renderer/features/incubation/organization-incubation-section'
import { blankScores } from '@shared/domain/evaluations/scorecard'
import { DEFAULT_SCORECARD } from '@shared/domain/incubation/incubation-settings'
import { generateSampleData } from '@shared/sample-data/generate'
import { NOW, TODAY } from '../../db/helpers'
import { officeDatabase } from '../../helpers/office-database'
import { renderApp } from '../../helpers/render-app'

const sample = generateSampleData({
  today: TODAY,
  scale: { organizations: 8, communities: 4, socialWorkers: 2, incubations: 0 }
})

/** Organisations that may apply (not 注销). */
export const ORGANIZATIONS = sample.organizations.filter((o) => o.registrationStatus !== '注销')

export function seededDatabase() {
  return officeDatabase({ officeName: '鼓楼区军门社区孵化基地', now: () => NOW, registry: sample })
}

/** A stay applied for on `appliedOn`, taken as far as `upTo`. */
export async function stayOf(
  repos: Repositories,
  organizationId: string,
  upTo: '待初核' | '待入驻' | '孵化中',
  appliedOn = '2026-11-16'
) {
  const { record } = await repos.incubations.apply({
    organizationId,
    baseName: '鼓楼区社会组织孵化基地',
    appliedOn,
    preferredMode: '实体',
    note: null
  })
  if (upTo === '待初核') return record
  await repos.incubations.perform(record.id, 'approve', { on: '2026-11-18', note: null })
  if (upTo === '待入驻') return (await repos.incubations.get(record.id))!
  const admitted = await repos.incubations.perform(record.id, 'admit', {
    on: '2026-11-20',
    agreementNo: 'FH-2026-001',
    mode: '实体',
    workstation: 'A-12',
    mentor: '李老师',
    plannedEndOn: null
  })
  return admitted.record
}

/** A draft 出壳 assessment with every dimension scored `score`. */
export async function draftGraduationAssessment(
  repos: Repositories,
  incubationId: string,
  score: number
) {
  const { record } = await repos.evaluations.create({
    subjectType: 'incubation',
    subjectId: incubationId,
    kind: '出壳',
    evaluatedOn: TODAY,
    evaluators: '王专家、陈专家',
    dimensions: blankScores(DEFAULT_SCORECARD).map((d) => ({ ...d, score })),
    findings: null
  })
  return record
}

export function renderIncubation(db: ShelianDatabase, route: string) {
  return renderApp(
    <Routes>
      <Route path="/incubation" element={<IncubationPage />} />
      <Route path="/incubation/:id" element={<IncubationDetailPage />} />
      <Route path="/organizations/:id" element={<OrganizationRoute />} />
    </Routes>,
    { db, route }
  )
}

/** Stands in for the organisation page, which shows the section under the registry fields. */
function OrganizationRoute() {
  const { id = '' } = useParams()
  return <OrganizationIncubationSection organizationId={id} />
}
