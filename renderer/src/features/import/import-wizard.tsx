/**
 * The import wizard of one entity: 选择文件 → 核对列 → 预检 → 导入 → 完成, in a dialog. Reading,
 * mapping and the dry run only read; the 导入 step's 开始导入 is the one action that writes.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { App, Button, Flex, Modal, Steps, Tooltip } from 'antd'
import { ExportOutlined } from '@ant-design/icons'
import { dryRun, issueText, type DryRunResult } from '@shared/import/dry-run'
import {
  autoMapping,
  findHeaderRow,
  missingRequired,
  readHeaders,
  remap,
  type ColumnMapping
} from '@shared/import/header-mapping'
import type { ImportEntity } from '@shared/import/import-spec'
import { IMPORT_SPECS } from '@shared/import/specs'
import { errorText } from '@shared/text/error-text'
import { useDatabase } from '@renderer/db/database-context'
import { holdLiveQueries } from '@renderer/db/live-query'
import {
  createImportRepository,
  type ExistingChoice,
  type ImportOutcome,
  type ImportProgress
} from '@renderer/db/repositories/import-repository'
import { useRepositories } from '@renderer/db/use-repositories'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { DoneStep } from './done-step'
import { DryRunStep } from './dry-run-step'
import { loadExcel } from '@renderer/components/exceljs'
import { FileStep, type ChosenFile } from './file-step'
import { loadImportContext } from './load-context'
import { MappingStep } from './mapping-step'
import { buildProblemWorkbook, type ProblemRow } from './problem-rows'
import { IMPORT_STRINGS as S } from './strings'
import { WriteStep } from './write-step'

const STEP = { file: 0, mapping: 1, dryRun: 2, write: 3, done: 4 } as const

export interface ImportWizardProps {
  entity: ImportEntity
  /** The project 服务记录 go into; needed for `activities` only. */
  projectId?: string
  onClose(): void
}

/** The sheet to start with: the first whose header row can be found. */
function firstImportableSheet(file: ChosenFile, entity: ImportEntity): number {
  const index = file.sheets.findIndex(
    (sheet) => findHeaderRow(sheet.grid, IMPORT_SPECS[entity].columns) !== null
  )
  return Math.max(index, 0)
}

export function ImportWizard({ entity, projectId, onClose }: ImportWizardProps) {
  const spec = IMPORT_SPECS[entity]
  const db = useDatabase()
  const repositories = useRepositories()
  const imports = useMemo(() => createImportRepository(db), [db])
  const api = useDesktopApi()
  const { message } = App.useApp()

  const [step, setStep] = useState<number>(STEP.file)
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [sheetIndex, setSheetIndex] = useState(0)
  const [mapping, setMapping] = useState<ColumnMapping>([])
  const [checking, setChecking] = useState(false)
  const [result, setResult] = useState<DryRunResult<object> | null>(null)
  const [existing, setExisting] = useState<ExistingChoice>('skip')
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [running, setRunning] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  const [exporting, setExporting] = useState(false)
  const cancel = useRef<AbortController | null>(null)

  // exceljs loads while the user picks a file, not after; a failure shows when the file is read.
  useEffect(() => {
    loadExcel().catch(() => {})
  }, [])

  const grid = useMemo(() => file?.sheets[sheetIndex]?.grid ?? [], [file, sheetIndex])
  const headerRow = useMemo(() => findHeaderRow(grid, spec.columns), [grid, spec])
  const headers = useMemo(
    () => (headerRow === null ? [] : readHeaders(grid, headerRow)),
    [grid, headerRow]
  )

  const chooseSheet = (chosen: ChosenFile, index: number) => {
    const sheetGrid = chosen.sheets[index]?.grid ?? []
    const row = findHeaderRow(sheetGrid, spec.columns)
    setSheetIndex(index)
    setMapping(row === null ? [] : autoMapping(readHeaders(sheetGrid, row), spec.columns))
    setResult(null)
  }

  const fileRead = (chosen: ChosenFile) => {
    setFile(chosen)
    chooseSheet(chosen, firstImportableSheet(chosen, entity))
    setStep(STEP.mapping)
  }

  const check = async () => {
    if (headerRow === null) return
    setChecking(true)
    try {
      const context = await loadImportContext(repositories, spec, { projectId })
      setResult(dryRun(spec, { grid, headerRow, mapping }, context))
      setStep(STEP.dryRun)
    } catch (error) {
      message.error(errorText(error))
    } finally {
      setChecking(false)
    }
  }

  const start = async () => {
    if (!result || !file) return
    cancel.current = new AbortController()
    setRunning(true)
    setProgress({ done: 0, total: result.counts.new + result.counts.existing, chunk: 0, chunks: 0 })
    // The lists behind the wizard catch up once at the end instead of re-reading after each chunk.
    const release = holdLiveQueries()
    try {
      setOutcome(
        await imports.importRows({
          entity,
          fileName: file.name,
          rows: result.rows,
          existing,
          onProgress: setProgress,
          signal: cancel.current.signal
        })
      )
      setStep(STEP.done)
    } catch (error) {
      message.error(errorText(error))
    } finally {
      release()
      setRunning(false)
      setCancelling(false)
    }
  }

  const saveProblems = async (rows: ProblemRow[]) => {
    if (!result) return
    setExporting(true)
    try {
      const saved = await api.saveFile({
        kind: 'xlsx',
        suggestedName: S.problemFileName(spec.label),
        data: await buildProblemWorkbook(spec, result.headers, mapping, rows)
      })
      if (saved.saved) message.success(S.problemsSaved(saved.fileName))
    } catch (error) {
      message.error(`${S.exportFailed}${errorText(error)}`)
    } finally {
      setExporting(false)
    }
  }

  /** The rows with errors, as the dry run found them. */
  const errorProblems = (): ProblemRow[] =>
    (result?.rows ?? [])
      .filter((row) => row.status === 'error')
      .map((row) => ({
        cells: row.cells,
        issues: row.errors.map(issueText),
        badColumns: row.errors.flatMap((issue) =>
          issue.columnIndex === null ? [] : [issue.columnIndex]
        )
      }))

  /** Rows with errors, plus the rows of rolled-back chunks and those a cancel left. */
  const unwrittenProblems = (): ProblemRow[] => {
    if (!result || !outcome) return []
    const reasons = new Map<number, string>()
    for (const chunk of outcome.failed) {
      for (const row of chunk.rows)
        reasons.set(row, S.failedChunk(chunk.chunk, `${row}`, chunk.message))
    }
    for (const row of outcome.notWritten)
      reasons.set(row, S.cancelledRows(outcome.notWritten.length))
    const unwritten = result.rows
      .filter((row) => reasons.has(row.row))
      .map((row) => ({ cells: row.cells, issues: [reasons.get(row.row)!], badColumns: [] }))
    return [...errorProblems(), ...unwritten]
  }

  const exportButton = (rows: () => ProblemRow[], label: string, disabled = false) => (
    <Tooltip title={S.exportProblemsHint}>
      <Button
        icon={<ExportOutlined />}
        loading={exporting}
        disabled={disabled}
        onClick={() => saveProblems(rows())}
      >
        {label}
      </Button>
    </Tooltip>
  )

  const canCheck = headerRow !== null && missingRequired(mapping, spec.columns).length === 0
  const importable = result ? result.counts.new + result.counts.existing : 0

  const footer = (
    <Flex justify="space-between">
      <div>
        {step > STEP.file && step < STEP.write ? (
          <Button onClick={() => setStep(step - 1)}>{S.back}</Button>
        ) : null}
        {step === STEP.write && !running ? (
          <Button onClick={() => setStep(STEP.dryRun)}>{S.back}</Button>
        ) : null}
      </div>
      <Flex gap="small">
        {step === STEP.mapping ? (
          <Button type="primary" disabled={!canCheck} loading={checking} onClick={check}>
            {S.next}
          </Button>
        ) : null}
        {step === STEP.dryRun ? (
          <Button type="primary" disabled={importable === 0} onClick={() => setStep(STEP.write)}>
            {S.next}
          </Button>
        ) : null}
        {step === STEP.write && !running ? (
          <Button type="primary" disabled={importable === 0} onClick={start}>
            {S.start}
          </Button>
        ) : null}
        {step === STEP.write && running ? (
          <Button
            danger
            disabled={cancelling}
            onClick={() => {
              setCancelling(true)
              cancel.current?.abort()
            }}
          >
            {S.cancel}
          </Button>
        ) : null}
        {!running ? <Button onClick={onClose}>{S.close}</Button> : null}
      </Flex>
    </Flex>
  )

  return (
    <Modal
      open
      title={S.title(spec.label)}
      width={960}
      footer={footer}
      onCancel={running ? undefined : onClose}
      closable={!running}
      maskClosable={false}
      keyboard={!running}
    >
      <Flex vertical gap="large">
        <Steps size="small" current={step} items={S.steps.map((title) => ({ title }))} />
        {step === STEP.file ? <FileStep spec={spec} file={file} onRead={fileRead} /> : null}
        {step === STEP.mapping && file ? (
          <MappingStep
            spec={spec}
            file={file}
            sheetIndex={sheetIndex}
            onSheetChange={(index) => chooseSheet(file, index)}
            headerRow={headerRow}
            headers={headers}
            mapping={mapping}
            onMappingChange={(index, key) => {
              setMapping(remap(mapping, index, key))
              setResult(null)
            }}
          />
        ) : null}
        {step === STEP.dryRun && result ? (
          <DryRunStep
            result={result}
            exportButton={exportButton(errorProblems, S.exportProblems, result.counts.error === 0)}
          />
        ) : null}
        {step === STEP.write && result ? (
          <WriteStep
            result={result}
            existing={existing}
            onExistingChange={setExisting}
            progress={progress}
            running={running}
            cancelling={cancelling}
          />
        ) : null}
        {step === STEP.done && outcome && result ? (
          <DoneStep
            outcome={outcome}
            errorRows={result.counts.error}
            exportButton={exportButton(unwrittenProblems, S.exportUnwritten)}
          />
        ) : null}
      </Flex>
    </Modal>
  )
}
