/**
 * 示例数据: loads the demo set (DEMO_SCALE) in one transaction — only into a database without
 * registry, incubation, 公益创投, delivery or 三社联动 records, so it can never mix with real
 * records.
 */
import { useState } from 'react'
import { App, Button, Card, Typography } from 'antd'
import { useDatabase } from '@renderer/db/database-context'
import { DEMO_SCALE, loadSampleData } from '@renderer/db/sample-data'
import {
  DELIVERY_TABLES,
  INCUBATION_TABLES,
  LINKAGE_TABLES,
  RECORD_TABLES,
  VENTURE_TABLES
} from '@renderer/db/schema'
import { describeCounts } from '@renderer/db/table-labels'
import { SETTINGS_STRINGS as S } from './strings'
import { useTableCounts } from './use-table-counts'

/** The tables loading fills: bulk loading refuses unless every one of them is empty. */
const LOADED_TABLES = [
  ...RECORD_TABLES,
  ...INCUBATION_TABLES,
  ...VENTURE_TABLES,
  ...DELIVERY_TABLES,
  ...LINKAGE_TABLES
] as const

/** How much loading brings, in the order the registry is shown. */
const LOADED_SUMMARY = [
  'organizations',
  'communities',
  'socialWorkers',
  'incubations',
  'incubationServices',
  'evaluations',
  'reviewers',
  'ventureRounds',
  'applications',
  'reviews',
  'projects',
  'catalogueItems',
  'agreements',
  'amendments',
  'payments',
  'activities',
  'projectEvaluations',
  'mutualEvaluations',
  'needs',
  'resources',
  'needMatches'
] as const

/** What the scale fixes beforehand; services and assessments follow from how each stay went. */
const PLANNED_SUMMARY = ['organizations', 'communities', 'socialWorkers', 'incubations'] as const

export function SampleDataCard() {
  const db = useDatabase()
  const { message, modal } = App.useApp()
  const counts = useTableCounts()
  const [loading, setLoading] = useState(false)
  const empty = counts !== undefined && LOADED_TABLES.every((table) => counts[table] === 0)

  const load = async () => {
    setLoading(true)
    try {
      const loaded = await loadSampleData(db)
      message.success(`${S.sampleLoaded}${describeCounts(loaded, LOADED_SUMMARY)}`)
    } catch (error) {
      message.error(`${S.sampleFailed}${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setLoading(false)
    }
  }

  const confirm = () => {
    modal.confirm({
      title: S.sampleConfirmTitle,
      content: (
        <>
          <Typography.Paragraph>
            {S.sampleConfirmContent}
            {describeCounts(DEMO_SCALE, PLANNED_SUMMARY)}
            {S.sampleConfirmIncubations}。
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {S.sampleConfirmNote}
          </Typography.Paragraph>
        </>
      ),
      okText: S.sampleConfirmOk,
      cancelText: S.cancel,
      onOk: load
    })
  }

  return (
    <Card title={S.sampleTitle} role="region" aria-label={S.sampleTitle}>
      <Typography.Paragraph type="secondary">{S.sampleIntro}</Typography.Paragraph>
      <Button disabled={!empty} loading={loading} onClick={confirm}>
        {S.sampleLoad}
      </Button>
      {counts !== undefined && !empty ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {S.sampleOnlyWhenEmpty}
        </Typography.Paragraph>
      ) : null}
    </Card>
  )
}
