/**
 * 从备份恢复: what the chosen file holds (dates, versions, counts per table) or why it cannot be
 * used; then 确认恢复, progress, and the result. The same dialog serves a file the user opened
 * and an automatic backup from the list.
 */
import { useEffect, useState } from 'react'
import { Alert, App, Button, Descriptions, Modal, Progress, Spin, Typography } from 'antd'
import dayjs from 'dayjs'
import { previewBackup, type BackupPreview } from '@renderer/db/backup/read'
import { restoreCheckedBackup, type RestoreProgress } from '@renderer/db/backup/restore'
import { useDatabase } from '@renderer/db/database-context'
import { SCHEMA_VERSION, TABLE_NAMES } from '@renderer/db/schema'
import { describeCount, describeCounts, TABLE_LABELS } from '@renderer/db/table-labels'
import { APP_VERSION } from '@renderer/platform/app-identity'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { SETTINGS_STRINGS as S } from './strings'

/** A backup to restore from: its name as the user knows it, and its bytes. */
export interface RestoreSource {
  name: string
  data: Uint8Array
}

type Step =
  | { step: 'checking' }
  | { step: 'preview'; preview: BackupPreview }
  | { step: 'running'; progress: RestoreProgress }
  | { step: 'failed'; preview: BackupPreview; message: string }

/** What the host shows for the counts: every table the file holds, in schema order. */
const SHOWN_TABLES = TABLE_NAMES

function formatInstant(value: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '—'
}

function progressText(progress: RestoreProgress): string {
  if (progress.stage === 'checking') return S.stageChecking
  if (progress.stage === 'safety-backup') return S.stageSafetyBackup
  return `${S.stageWriting}${TABLE_LABELS[progress.table]}（${progress.done} / ${progress.total}）…`
}

function progressPercent(progress: RestoreProgress): number {
  if (progress.stage === 'checking') return 10
  if (progress.stage === 'safety-backup') return 30
  const index = SHOWN_TABLES.indexOf(progress.table)
  const within = progress.total === 0 ? 1 : progress.done / progress.total
  return Math.round(30 + (70 * (index + within)) / SHOWN_TABLES.length)
}

function PreviewDetails({ name, preview }: { name: string; preview: BackupPreview }) {
  const counts = preview.counts
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'file', label: S.previewFile, children: name },
        {
          key: 'exportedAt',
          label: S.previewExportedAt,
          children: formatInstant(preview.exportedAt)
        },
        { key: 'appVersion', label: S.previewAppVersion, children: preview.appVersion ?? '—' },
        {
          key: 'schemaVersion',
          label: S.previewSchemaVersion,
          children: preview.schemaVersion === null ? '—' : `v${preview.schemaVersion}`
        },
        {
          key: 'counts',
          label: S.previewCounts,
          children: counts ? (
            <ul aria-label={S.previewCounts} style={{ margin: 0, paddingInlineStart: 18 }}>
              {SHOWN_TABLES.filter((table) => counts[table] !== undefined).map((table) => (
                <li key={table}>{describeCount(table, counts[table]!)}</li>
              ))}
            </ul>
          ) : (
            '—'
          )
        }
      ]}
    />
  )
}

function Problems({ preview }: { preview: Extract<BackupPreview, { valid: false }> }) {
  return (
    <Alert
      type="error"
      showIcon
      title={S.previewInvalid}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 0 }}>{preview.reason}</Typography.Paragraph>
          {preview.details.length > 1 ? (
            <>
              <Typography.Text type="secondary">{S.previewMoreProblems}</Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {preview.details.slice(1, 10).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      }
    />
  )
}

export interface RestoreDialogProps {
  /** The backup to restore; the dialog is open while this is set. */
  source: RestoreSource | null
  onClose(): void
  /** Called after a successful restore (the backup list has a new 恢复前备份). */
  onRestored(): void
}

export function RestoreDialog({ source, onClose, onRestored }: RestoreDialogProps) {
  if (!source) return null
  // Keyed by the source, so each opening starts from a fresh check.
  return <RestoreFlow key={source.name} source={source} onClose={onClose} onRestored={onRestored} />
}

function RestoreFlow({
  source,
  onClose,
  onRestored
}: {
  source: RestoreSource
  onClose(): void
  onRestored(): void
}) {
  const db = useDatabase()
  const api = useDesktopApi()
  const { message } = App.useApp()
  const [state, setState] = useState<Step>({ step: 'checking' })

  useEffect(() => {
    let current = true
    previewBackup(source.data).then(
      (preview) => {
        if (current) setState({ step: 'preview', preview })
      },
      (error: unknown) => {
        if (current) {
          setState({
            step: 'preview',
            preview: {
              valid: false,
              kind: 'corrupt',
              reason: error instanceof Error ? error.message : String(error),
              details: [],
              appVersion: null,
              schemaVersion: null,
              exportedAt: null,
              counts: null,
              sha256: null
            }
          })
        }
      }
    )
    return () => {
      current = false
    }
  }, [source])

  const confirm = async (preview: BackupPreview) => {
    if (!preview.valid) return
    setState({ step: 'running', progress: { stage: 'safety-backup' } })
    try {
      const result = await restoreCheckedBackup(db, preview.checked, {
        api,
        appVersion: APP_VERSION,
        onProgress: (progress) => setState({ step: 'running', progress })
      })
      message.success(
        `${S.restored}${describeCounts(result.summary.counts, ['organizations', 'communities', 'socialWorkers', 'incubations'])}`
      )
      onRestored()
      onClose()
    } catch (error) {
      setState({
        step: 'failed',
        preview,
        message: error instanceof Error ? error.message : String(error)
      })
    }
  }

  const running = state.step === 'running'
  let body
  let footer
  if (state.step === 'checking') {
    body = (
      <Spin description={S.previewChecking}>
        <div style={{ minHeight: 80 }} />
      </Spin>
    )
    footer = [
      <Button key="cancel" onClick={onClose}>
        {S.cancel}
      </Button>
    ]
  } else if (state.step === 'running') {
    body = (
      <div role="status">
        <Typography.Paragraph>{S.restoring}</Typography.Paragraph>
        <Progress percent={progressPercent(state.progress)} />
        <Typography.Text type="secondary">{progressText(state.progress)}</Typography.Text>
      </div>
    )
    footer = null
  } else {
    const preview = state.preview
    body = (
      <>
        <PreviewDetails name={source.name} preview={preview} />
        <div style={{ marginTop: 16 }}>
          {preview.valid && preview.schemaVersion < SCHEMA_VERSION ? (
            <Typography.Paragraph type="secondary">
              {`${S.previewOlder}（v${preview.schemaVersion} → v${SCHEMA_VERSION}）。`}
            </Typography.Paragraph>
          ) : null}
          {!preview.valid ? (
            <Problems preview={preview} />
          ) : state.step === 'failed' ? (
            <Alert type="error" showIcon title={`${S.restoreFailed}${state.message}`} />
          ) : (
            <Alert
              type="warning"
              showIcon
              title={S.restoreWarningTitle}
              description={S.restoreWarning}
            />
          )}
        </div>
      </>
    )
    footer =
      preview.valid && state.step === 'preview'
        ? [
            <Button key="cancel" onClick={onClose}>
              {S.cancel}
            </Button>,
            <Button key="confirm" type="primary" danger onClick={() => confirm(preview)}>
              {S.confirmRestore}
            </Button>
          ]
        : [
            <Button key="close" onClick={onClose}>
              {S.close}
            </Button>
          ]
  }

  return (
    <Modal
      open
      title={S.previewTitle}
      width={600}
      closable={!running}
      mask={{ closable: !running }}
      keyboard={!running}
      onCancel={running ? undefined : onClose}
      footer={footer}
    >
      {body}
    </Modal>
  )
}
