import { beforeAll, describe, expect, it } from 'vitest'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  loadOrganizationLedgerInput,
  loadProjectLedgerInput,
  loadRoundResultsLedgerInput
} from '@renderer/features/ledgers/ledger-sources'
import { NOW, SAMPLE } from '../../db/helpers'
import { officeDatabase } from '../../helpers/office-database'

const context = { office: '鼓楼街道办事处', today: '2026-11-22' }
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id).sort()

describe('ledger sources', () => {
  let db: ShelianDatabase

  // Read-only tests over one load of the sample data.
  beforeAll(async () => {
    ;({ db } = await officeDatabase({
      officeName: context.office,
      now: () => NOW,
      registry: SAMPLE
    }))
  })

  it('reads every organisation and stay for the 社会组织台账', async () => {
    const input = await loadOrganizationLedgerInput(db, context)
    expect(ids(input.organizations)).toEqual(ids(SAMPLE.organizations))
    expect(ids(input.incubations)).toEqual(ids(SAMPLE.incubations))
    expect(input).toMatchObject(context)
  })

  it('reads every project and tranche, with the providers and rounds they name', async () => {
    const input = await loadProjectLedgerInput(db, context)
    expect(ids(input.projects)).toEqual(ids(SAMPLE.projects))
    expect(ids(input.payments)).toEqual(ids(SAMPLE.payments))
    const providers = new Set(SAMPLE.projects.map((project) => project.organizationId))
    expect(ids(input.organizations)).toEqual([...providers].sort())
    expect(ids(input.rounds)).toEqual(ids(SAMPLE.ventureRounds))
  })

  it('reads a round with its results', async () => {
    const round = SAMPLE.ventureRounds.find((candidate) => candidate.status === '评审中')!
    const input = await loadRoundResultsLedgerInput(db, round.id, context)
    expect(input.round.id).toBe(round.id)
    expect(input.results.rows.length).toBeGreaterThan(0)
    expect(input).toMatchObject(context)
  })

  it('refuses a round that is not there', async () => {
    await expect(loadRoundResultsLedgerInput(db, 'no-such-round', context)).rejects.toThrow(
      '找不到该公益创投批次'
    )
  })
})
