/**
 * The fixed-layout Excel 台账 a street office is asked for, on the 报告 page: the 社会组织台账,
 * the 项目台账 with its payments, and the 公益创投评审结果 of a round chosen here. Each reads its
 * records when asked, builds its sheets with the pure builders in shared/export/ledgers, and
 * saves them through the same writer and dialog as the grids' 导出 Excel.
 */
import { useMemo, useState, type ReactNode } from 'react'
import { Button, Card, Flex, Select, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { useLiveQuery } from '@renderer/db/live-query'
import { todayInChina } from '@shared/domain/dates'
import type { VentureRound } from '@shared/domain/venture/round'
import { exportFileName } from '@shared/export/file-names'
import { organizationLedger } from '@shared/export/ledgers/organization-ledger'
import { projectLedger } from '@shared/export/ledgers/project-ledger'
import { roundResultsLedger } from '@shared/export/ledgers/round-results-ledger'
import type { SheetModel } from '@shared/export/sheet-model'
import { ExportProgressBar, useSaveWorkbook } from '@renderer/components/data-grid'
import { useDatabase } from '@renderer/db/database-context'
import { useRepositories } from '@renderer/db/use-repositories'
import {
  loadOrganizationLedgerInput,
  loadProjectLedgerInput,
  loadRoundResultsLedgerInput,
  type LedgerContext
} from './ledger-sources'
import { LEDGER_STRINGS as S } from './strings'

/** Rounds with results: review has started. */
const REVIEWED: readonly VentureRound['status'][] = ['评审中', '公示中', '已立项']

type LedgerKind = 'organizations' | 'projects' | 'round'

function LedgerRow({
  title,
  text,
  children
}: {
  title: string
  text: string
  children: ReactNode
}) {
  return (
    <Flex justify="space-between" align="center" gap="middle" wrap>
      <div style={{ flex: '1 1 320px' }}>
        <Typography.Text strong>{title}</Typography.Text>
        <br />
        <Typography.Text type="secondary">{text}</Typography.Text>
      </div>
      <Flex gap="small" align="center">
        {children}
      </Flex>
    </Flex>
  )
}

export function LedgerExportsCard() {
  const db = useDatabase()
  const { settings, ventureRounds } = useRepositories()
  const { progress, save } = useSaveWorkbook()
  const [running, setRunning] = useState<LedgerKind | null>(null)
  const rounds = useLiveQuery(() => ventureRounds.listAll(), [ventureRounds])
  const reviewed = useMemo(
    () =>
      (rounds ?? [])
        .filter((round) => round.archivedAt === null && REVIEWED.includes(round.status))
        .sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt)),
    [rounds]
  )
  const [chosen, setChosen] = useState<string | null>(null)
  const roundId = chosen ?? reviewed[0]?.id ?? null
  const round = reviewed.find((candidate) => candidate.id === roundId)

  async function run(
    kind: LedgerKind,
    name: string,
    build: (c: LedgerContext) => Promise<SheetModel[]>
  ) {
    const today = todayInChina()
    setRunning(kind)
    try {
      // The office's name is read when asked, so a click before the page has loaded it still
      // titles the ledger.
      const context = async () => ({ office: (await settings.getGeneral()).officeName, today })
      // The 台账 builders mask phones and carry no ID numbers (shared/export/ledgers).
      await save(async () => build(await context()), {
        name,
        suggestedName: exportFileName(name, today),
        revealed: false
      })
    } finally {
      setRunning(null)
    }
  }

  const busy = running !== null
  const button = (kind: LedgerKind, label: string, onClick: () => void, disabled = false) => (
    <Button
      icon={<FileExcelOutlined />}
      loading={running === kind}
      disabled={disabled || (busy && running !== kind)}
      onClick={onClick}
    >
      {label}
    </Button>
  )

  return (
    <Card title={S.cardTitle} role="region" aria-label={S.cardTitle}>
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {S.cardText}
        </Typography.Paragraph>
        <LedgerRow title={S.organizationsTitle} text={S.organizationsText}>
          {button(
            'organizations',
            S.organizationsButton,
            () =>
              void run('organizations', S.fileOrganizations, async (context) => [
                organizationLedger(await loadOrganizationLedgerInput(db, context))
              ])
          )}
        </LedgerRow>
        <LedgerRow title={S.projectsTitle} text={S.projectsText}>
          {button(
            'projects',
            S.projectsButton,
            () =>
              void run('projects', S.fileProjects, async (context) =>
                projectLedger(await loadProjectLedgerInput(db, context))
              )
          )}
        </LedgerRow>
        <LedgerRow title={S.roundTitle} text={S.roundText}>
          <Select
            aria-label={S.roundLabel}
            style={{ width: 260 }}
            value={roundId}
            onChange={setChosen}
            placeholder={reviewed.length === 0 ? S.noRounds : S.roundPlaceholder}
            disabled={reviewed.length === 0}
            options={reviewed.map((option) => ({
              value: option.id,
              label: S.roundOption(option.name, option.status)
            }))}
          />
          {button(
            'round',
            S.roundButton,
            () => {
              if (!round) return
              void run('round', S.fileRound(round.name), async (context) => [
                roundResultsLedger(await loadRoundResultsLedgerInput(db, round.id, context))
              ])
            },
            round === undefined
          )}
        </LedgerRow>
        {progress ? <ExportProgressBar progress={progress} /> : null}
      </Flex>
    </Card>
  )
}
