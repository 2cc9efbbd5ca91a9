/**
 * 示例数据: loads the demo set (DEMO_SCALE) in one transaction — only into a database without
 * organisations, communities or social workers, so it can never mix with real records.
 */
import { useState } from 'react'
import { App, Button, Card, Typography } from 'antd'
import { useDatabase } from '@renderer/db/database-context'
import { DEMO_SCALE, loadSampleData } from '@renderer/db/sample-data'
import { describeCounts } from '@renderer/db/table-labels'
import { SETTINGS_STRINGS as S } from './strings'
import { useTableCounts } from './use-table-counts'

const RECORD_TABLES = ['organizations', 'communities', 'socialWorkers'] as const

export function SampleDataCard() {
  const db = useDatabase()
  const { message, modal } = App.useApp()
  const counts = useTableCounts()
  const [loading, setLoading] = useState(false)
  const empty = counts !== undefined && RECORD_TABLES.every((table) => counts[table] === 0)

  const load = async () => {
    setLoading(true)
    try {
      const loaded = await loadSampleData(db)
      message.success(`${S.sampleLoaded}${describeCounts(loaded, RECORD_TABLES)}`)
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
            {describeCounts(DEMO_SCALE, RECORD_TABLES)}。
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
    <Card title={S.sampleTitle}>
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
