/**
 * Seeding for the 申报书 screens: a 2027 round whose call is open on TODAY, written through the
 * repositories on a clock that ticks from NOW. The pages read the (faked) system clock.
 */
import { Route, Routes, useParams } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { ApplicationPage } from '@renderer/features/venture/applications/application-page'
import { ApplicationPrintPage } from '@renderer/features/venture/applications/application-print-page'
import { ApplicationsTab } from '@renderer/features/venture/applications/applications-tab'
import { tickingClock } from '../../../db/helpers'
import { renderApp } from '../../../helpers/render-app'
import { LiveRound, roundOf, ventureDatabase, type SeededRound } from '../seed'
import { NOVEMBER_CALL } from '../timelines'

/**
 * A database with the sample registry and the 2027 round (two tracks), open for applications or
 * still in 筹备.
 */
export async function seeded(open = true): Promise<Pick<SeededRound, 'db' | 'repos' | 'roundId'>> {
  const { db, repos } = await ventureDatabase(tickingClock())
  const round = await roundOf(repos, 2027, {
    name: '2027 年度社区公益创投',
    tracks: [
      { key: 'elderly', name: '为老服务', budgetFen: null },
      { key: 'youth', name: '青少年服务', budgetFen: null }
    ],
    timeline: NOVEMBER_CALL
  })
  if (open) await repos.ventureRounds.perform(round.id, 'open')
  return { db, repos, roundId: round.id }
}

export function renderApplications(db: ShelianDatabase, route: string) {
  return renderApp(
    <Routes>
      <Route path="/venture/:id" element={<RoundTab />} />
      <Route path="/venture/applications/:id" element={<ApplicationPage />} />
      <Route path="/venture/applications/:id/print" element={<ApplicationPrintPage />} />
    </Routes>,
    { db, route }
  )
}

/** Stands in for the round's page, which shows the tab among others. */
function RoundTab() {
  const { id = '' } = useParams()
  return <LiveRound roundId={id} tab={(round) => <ApplicationsTab round={round} />} />
}
