/**
 * 选择文件: open an .xlsx through the DesktopApi (a dialog on the desktop, a file chooser in the
 * browser) and read it; or save the entity's template to fill in first.
 */
import { useState } from 'react'
import { Alert, App, Button, Flex, Typography } from 'antd'
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons'
import type { ImportSpec } from '@shared/import/import-spec'
import { errorText } from '@shared/text/error-text'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { readWorkbook, type SheetGrid } from './read-workbook'
import { IMPORT_STRINGS as S } from './strings'
import { buildTemplate } from './template'

export interface ChosenFile {
  name: string
  sheets: SheetGrid[]
}

export interface FileStepProps {
  spec: ImportSpec
  file: ChosenFile | null
  onRead(file: ChosenFile): void
}

export function FileStep({ spec, file, onRead }: FileStepProps) {
  const api = useDesktopApi()
  const { message } = App.useApp()
  const [busy, setBusy] = useState<'open' | 'template' | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const choose = async () => {
    setBusy('open')
    setProblem(null)
    try {
      const opened = await api.openFile({ kind: 'xlsx' })
      if (opened)
        onRead({ name: opened.fileName, sheets: await readWorkbook(opened.fileName, opened.data) })
    } catch (error) {
      setProblem(errorText(error))
    } finally {
      setBusy(null)
    }
  }

  const saveTemplate = async () => {
    setBusy('template')
    try {
      const result = await api.saveFile({
        kind: 'xlsx',
        suggestedName: S.templateFileName(spec.label),
        data: await buildTemplate(spec)
      })
      if (result.saved) message.success(S.templateSaved(result.fileName))
    } catch (error) {
      message.error(`${S.templateFailed}${errorText(error)}`)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph style={{ margin: 0 }}>{S.fileIntro(spec.label)}</Typography.Paragraph>
      <Flex gap="small" wrap>
        <Button
          type="primary"
          icon={<FileExcelOutlined />}
          loading={busy === 'open'}
          onClick={choose}
        >
          {S.chooseFile}
        </Button>
        <Button icon={<DownloadOutlined />} loading={busy === 'template'} onClick={saveTemplate}>
          {S.downloadTemplate}
        </Button>
      </Flex>
      {file ? (
        <Typography.Text>
          {S.chosenFile}
          {file.name}
        </Typography.Text>
      ) : null}
      {problem ? <Alert type="error" showIcon title={S.openFailed} description={problem} /> : null}
    </Flex>
  )
}
