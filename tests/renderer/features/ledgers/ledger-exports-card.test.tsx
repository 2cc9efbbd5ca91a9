import { beforeAll, describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { ShelianDatabase } from '@renderer/db/schema'
import { LedgerExportsCard } from '@renderer/features/ledgers/ledger-exports-card'
import { maskPhone } from '@shared/domain/identifiers/masking'
import { readWorkbook, rowValues } from '../../components/data-grid/read-workbook'
import { NOW, SAMPLE } from '../../db/helpers'
import { button, choose } from '../../helpers/antd-queries'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { OPERATOR, officeDatabase } from '../../helpers/office-database'
import { renderApp } from '../../helpers/render-app'

const OFFICE = '鼓楼街道办事处'
const live = <T extends { archivedAt: string | null }>(rows: readonly T[]) =>
  rows.filter((row) => row.archivedAt === null)

describe('LedgerExportsCard', () => {
  useFixedClock()
  let db: ShelianDatabase

  // The exports only read: one load of the sample data serves every test.
  beforeAll(async () => {
    ;({ db } = await officeDatabase({ officeName: OFFICE, now: () => NOW, registry: SAMPLE }))
  })

  async function exportLedger(label: string, prepare?: (card: HTMLElement) => Promise<void>) {
    const fake = createFakeDesktop()
    renderApp(<LedgerExportsCard />, { api: fake.api, db })
    const card = await screen.findByRole('region', { name: 'Excel 台账' })
    await prepare?.(card)
    fireEvent.click(button(label, card))
    const saved = await screen.findByText(/^已保存：/)
    expect(fake.downloads).toHaveLength(1)
    return { file: fake.downloads[0]!, saved: saved.textContent }
  }

  it(
    'exports the 社会组织台账: every organisation in use, phones masked',
    async () => {
      const { file, saved } = await exportLedger('导出社会组织台账')
      expect(file.fileName).toBe('社会组织台账-2026-11-22.xlsx')
      expect(saved).toBe('已保存：社会组织台账-2026-11-22.xlsx')
      const sheet = (await readWorkbook(file.data)).getWorksheet('社会组织台账')!
      expect(sheet.getCell('A1').value).toBe(`${OFFICE}社会组织台账（截至 2026-11-22）`)
      const organizations = live(SAMPLE.organizations)
      const rows = rowValues(sheet, 3)
      expect(rows).toHaveLength(organizations.length)
      const header = rowValues(sheet, 2, 2)[0]!
      const phone = header.indexOf('联系电话')
      const name = header.indexOf('组织名称')
      const withPhone = organizations.find((o) => o.contactPhone)!
      const row = rows.find((r) => r[name] === withPhone.name)!
      expect(row[phone]).toBe(maskPhone(withPhone.contactPhone!))
      expect(JSON.stringify(rows)).not.toContain(withPhone.contactPhone!)
    },
    SLOW_UI_TIMEOUT
  )

  it(
    'exports the 项目台账 with its tranches, totals matching the records',
    async () => {
      const { file } = await exportLedger('导出项目台账')
      expect(file.fileName).toBe('项目台账-2026-11-22.xlsx')
      const book = await readWorkbook(file.data)
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['项目', '拨付明细'])

      const projects = live(SAMPLE.projects)
      const ids = new Set(projects.map((project) => project.id))
      const tranches = live(SAMPLE.payments).filter((payment) => ids.has(payment.projectId))
      const logged = await db.auditLog
        .where('[table+recordId]')
        .equals(['workbooks', '项目台账'])
        .toArray()
      expect(logged.map((entry) => [entry.action, entry.operator, entry.summary])).toEqual([
        [
          'export',
          OPERATOR,
          `导出项目台账（项目 ${projects.length} 行、拨付明细 ${tranches.length} 行），` +
            '个人信息已打码：项目台账-2026-11-22.xlsx'
        ]
      ])

      const projectSheet = book.getWorksheet('项目')!
      const amountFen = projects.reduce((sum, project) => sum + project.amountFen, 0)
      const totalsRow = 3 + projects.length
      expect(projectSheet.getCell(totalsRow, 2).value).toBe('合计')
      expect(projectSheet.getCell(totalsRow, 11).value).toEqual({
        formula: `SUM(K3:K${totalsRow - 1})`,
        result: amountFen / 100
      })

      const paymentSheet = book.getWorksheet('拨付明细')!
      const paidFen = tranches
        .filter((payment) => payment.paidOn !== null)
        .reduce((sum, payment) => sum + payment.amountFen, 0)
      const paymentTotals = 3 + tranches.length
      expect(paymentSheet.getCell(paymentTotals, 11).value).toMatchObject({
        result: paidFen / 100
      })
      expect(paymentSheet.getCell(3, 7).numFmt).toBe('yyyy-mm-dd')
    },
    SLOW_UI_TIMEOUT
  )

  it(
    'exports the 评审结果 of the round chosen',
    async () => {
      const approved = SAMPLE.ventureRounds.find((round) => round.status === '已立项')!
      const { file } = await exportLedger('导出评审结果', async (card) => {
        await choose(card, '公益创投批次', `${approved.name}（已立项）`)
      })
      expect(file.fileName).toBe(`${approved.name}评审结果-2026-11-22.xlsx`)
      const sheet = (await readWorkbook(file.data)).getWorksheet('评审结果')!
      expect(sheet.getCell('A1').value).toBe(`${OFFICE}${approved.name}评审结果（截至 2026-11-22）`)
      const awarded = SAMPLE.applications.filter(
        (row) => row.roundId === approved.id && row.award !== null
      )
      const grantFen = awarded.reduce((sum, row) => sum + row.award!.grantFen, 0)
      const rows = rowValues(sheet, 3)
      const totals = rows.at(-1)!
      expect(totals[2]).toBe('合计')
      expect(totals[8]).toMatchObject({ result: grantFen / 100 })
      expect(rows.slice(0, -1).map((row) => row[0])).toEqual(
        [...rows.slice(0, -1).map((row) => row[0])].sort(
          (a, b) => ((a as number) ?? Infinity) - ((b as number) ?? Infinity)
        )
      )
    },
    SLOW_UI_TIMEOUT
  )

  it('offers only rounds whose review has started, the newest first', async () => {
    renderApp(<LedgerExportsCard />, { db })
    const card = await screen.findByRole('region', { name: 'Excel 台账' })
    const inReview = SAMPLE.ventureRounds.find((round) => round.status === '评审中')!
    expect(await within(card).findByText(`${inReview.name}（评审中）`)).toBeTruthy()
    fireEvent.mouseDown(within(card).getByLabelText('公益创投批次'))
    const expected = SAMPLE.ventureRounds
      .filter((round) => ['评审中', '公示中', '已立项'].includes(round.status))
      .sort((a, b) => b.year - a.year)
      .map((round) => `${round.name}（${round.status}）`)
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.ant-select-item-option')].map((el) => el.textContent)
      ).toEqual(expected)
    )
  })
})
