/**
 * The export flow every report shares: build the report from its records, check its characters
 * against the fonts, draw it in the worker, show the pages, and save through the DesktopApi.
 * Personal data is masked unless the user confirms showing it, which is audited; a report of a
 * record not yet 定稿 says so and carries 草稿 on every page.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { Alert, App, Button, Flex, Modal, Space, Spin, Switch, Table, Tag, Typography } from 'antd'
import { FilePdfOutlined } from '@ant-design/icons'
import { todayInChina } from '@shared/domain/dates'
import type { MissingCharacter } from '@shared/pdf/glyph-check'
import { REPORT_KINDS, reportFileName, type ReportKind } from '@shared/pdf/report-kinds'
import type { ReportContext, ReportDocument } from '@shared/pdf/report-model'
import { errorText } from '@shared/text/error-text'
import { useRepositories } from '@renderer/db/use-repositories'
import { useGeneralSettings } from '@renderer/db/use-settings'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { useReportEngine } from './report-engine-context'
import { REPORT_STRINGS as S } from './strings'

/** One report a screen offers: what it is and how to build it from the records. */
export interface ReportRequest {
  kind: ReportKind
  /**
   * Whom or what the report is about, for the file name and the audit log; the report's subtitle
   * (the organisation, project or round it names) when not given.
   */
  subject?: string
  /** Builds the report; rejects with a Chinese message when its records are gone. */
  build(context: ReportContext): Promise<ReportDocument>
  /** Offer the switch that prints ID numbers and phones in full. */
  personalData?: boolean
}

interface Ready {
  /** Counts builds, so each new file gets a fresh preview. */
  id: number
  report: ReportDocument
  pdf: Uint8Array
  missing: MissingCharacter[]
}

const PREVIEW_WIDTH = 560

function subjectOf(request: ReportRequest, report: ReportDocument | undefined): string {
  return request.subject ?? report?.meta.subtitle ?? ''
}

/** The pages of one rendered file; a new file mounts a new preview (see `key` below). */
function PdfPages({ pdf }: { pdf: Uint8Array }) {
  const container = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<{ pages?: number; error?: string }>({})
  useEffect(() => {
    let current = true
    import('./pdf-preview')
      .then(({ renderPdfPages }) => renderPdfPages(pdf, container.current!, PREVIEW_WIDTH))
      .then((pages) => current && setState({ pages }))
      .catch((error: unknown) => current && setState({ error: errorText(error) }))
    return () => {
      current = false
    }
  }, [pdf])
  return (
    <div>
      {state.error ? (
        <Alert type="info" showIcon title={S.previewFailed(state.error)} />
      ) : state.pages === undefined ? (
        <Spin size="small" description={S.previewLoading} />
      ) : (
        <Typography.Text type="secondary">{S.pages(state.pages)}</Typography.Text>
      )}
      <div
        ref={container}
        aria-label="报告预览"
        style={{
          maxHeight: '60vh',
          overflowY: 'auto',
          background: '#e8e8e8',
          padding: 12,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          gap: 12
        }}
      />
    </div>
  )
}

function MissingList({ missing }: { missing: MissingCharacter[] }) {
  return (
    <Alert
      type="warning"
      showIcon
      title={S.missingTitle(missing.length)}
      description={
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{S.missingHint}</span>
          <Table<MissingCharacter>
            size="small"
            pagination={false}
            rowKey="codePoint"
            dataSource={missing}
            columns={[
              { title: S.missingColumns.char, dataIndex: 'char', width: 50 },
              { title: S.missingColumns.codePoint, dataIndex: 'codePoint', width: 100 },
              {
                title: S.missingColumns.places,
                dataIndex: 'places',
                render: (places: string[]) => places.join('；')
              }
            ]}
          />
        </Space>
      }
    />
  )
}

/** Mounted when the user asks for the report, so each opening starts afresh (number, masking). */
export function ExportReportDialog({
  request,
  onClose
}: {
  request: ReportRequest
  onClose: () => void
}) {
  const { message, modal } = App.useApp()
  const desktop = useDesktopApi()
  const repos = useRepositories()
  const engine = useReportEngine()
  const general = useGeneralSettings()
  const [reveal, setReveal] = useState(false)
  const [ready, setReady] = useState<Ready | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const number = useRef<string | null>(null)
  const builds = useRef(0)
  const title = REPORT_KINDS[request.kind].label

  const build = useCallback(
    async (revealPersonalData: boolean) => {
      try {
        const date = todayInChina()
        number.current ??= await repos.reportExports.nextNumber(
          request.kind,
          Number(date.slice(0, 4))
        )
        const report = await request.build({
          number: number.current,
          date,
          office: general?.officeName ?? '',
          operator: general?.operatorName ?? '',
          revealPersonalData
        })
        const [missing, pdf] = await Promise.all([engine.check(report), engine.render(report)])
        builds.current += 1
        setReady({ id: builds.current, report, pdf, missing })
      } catch (failure) {
        setError(S.failed(errorText(failure)))
      }
    },
    [engine, general, repos, request]
  )

  useEffect(() => {
    if (general === undefined) return
    void build(false)
    // Built once the settings are read; a later settings change does not rebuild what is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [general === undefined])

  async function toggleReveal(next: boolean) {
    if (next) {
      const confirmed = await modal.confirm({
        title: S.revealConfirmTitle,
        content: S.revealConfirmBody,
        okText: S.revealConfirmOk,
        cancelText: S.cancel
      })
      if (!confirmed) return
      await repos.reportExports.recordReveal({
        number: number.current ?? '',
        title: ready?.report.meta.title ?? title,
        subject: subjectOf(request, ready?.report)
      })
    }
    setReveal(next)
    setReady(null)
    setError(null)
    await build(next)
  }

  async function save() {
    if (!ready) return
    setSaving(true)
    try {
      const { meta } = ready.report
      const subject = subjectOf(request, ready.report)
      const fileName = reportFileName(meta.title, subject, meta.date, meta.draft)
      const result = await desktop.saveFile({
        kind: 'pdf',
        suggestedName: fileName,
        data: ready.pdf
      })
      if (!result.saved) return
      await repos.reportExports.recordExport({
        number: meta.number,
        title: meta.title,
        subject,
        fileName: result.fileName,
        revealed: reveal
      })
      message.success(S.saved(result.fileName))
      onClose()
    } catch (failure) {
      message.error(S.saveFailed(errorText(failure)))
    } finally {
      setSaving(false)
    }
  }

  let body: ReactNode
  if (error) body = <Alert type="error" showIcon title={error} />
  else if (!ready)
    body = (
      <Spin description={S.building}>
        <div style={{ height: 160 }} />
      </Spin>
    )
  else
    body = (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Flex gap={8} wrap align="center">
          <Tag>{S.number(ready.report.meta.number)}</Tag>
          {ready.report.meta.draft ? (
            <Alert type="warning" showIcon title={S.draftNotice} style={{ flex: 1 }} />
          ) : (
            <Typography.Text type="success">{S.finalNotice}</Typography.Text>
          )}
        </Flex>
        {request.personalData && (
          <Flex gap={8} align="center">
            <Switch
              checked={reveal}
              onChange={(next) => void toggleReveal(next)}
              aria-label={S.reveal}
            />
            <span>{S.reveal}</span>
            {!reveal && <Typography.Text type="secondary">{S.masked}</Typography.Text>}
          </Flex>
        )}
        {ready.missing.length > 0 && <MissingList missing={ready.missing} />}
        <PdfPages key={ready.id} pdf={ready.pdf} />
      </Space>
    )

  return (
    <Modal
      open
      title={S.previewTitle(title)}
      width={PREVIEW_WIDTH + 100}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {S.cancel}
        </Button>,
        <Button
          key="save"
          type="primary"
          disabled={!ready}
          loading={saving}
          onClick={() => void save()}
        >
          {S.save}
        </Button>
      ]}
    >
      {body}
    </Modal>
  )
}

/** A button that opens the export flow for one report. */
export function ExportReportButton({
  request,
  label,
  disabled,
  size
}: {
  request: ReportRequest
  label: string
  disabled?: boolean
  size?: 'small' | 'middle'
}) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        icon={<FilePdfOutlined />}
        disabled={disabled}
        size={size}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      {open && <ExportReportDialog request={request} onClose={() => setOpen(false)} />}
    </>
  )
}
