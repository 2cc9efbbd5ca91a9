/**
 * 报告字体: the fallback font for characters Noto Sans SC lacks. The file is checked by the report
 * engine's own reader before anything is stored, so a font chosen here is one reports can embed.
 */
import { useEffect, useState } from 'react'
import { Alert, App, Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd'
import { useReportFontSettings } from '@renderer/db/use-settings'
import {
  useFallbackFontStore,
  type FontFileStorage
} from '@renderer/features/reports/fallback-font-store'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { formatBytes } from '@renderer/platform/format-bytes'
import { errorText } from '@shared/text/error-text'
import { SETTINGS_STRINGS as S } from './strings'

export interface ReportFontCardProps {
  /** Where the font file is kept; the Origin Private File System unless a test passes a fake. */
  files?: FontFileStorage
}

export function ReportFontCard({ files }: ReportFontCardProps) {
  const settings = useReportFontSettings()
  const store = useFallbackFontStore(files)
  const api = useDesktopApi()
  const { message, modal } = App.useApp()
  const [choosing, setChoosing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  // Saving the same file again leaves the settings row as it was; this makes the check run anew.
  const [saves, setSaves] = useState(0)
  const [fileCheck, setFileCheck] = useState<{ key: string; present: boolean } | null>(null)

  const fallback = settings?.fallback ?? null
  const checkKey = fallback
    ? `${fallback.name}|${fallback.byteSize}|${fallback.characterCount}|${saves}`
    : null

  useEffect(() => {
    if (checkKey === null) return
    let current = true
    store.hasFallbackFontFile().then(
      (present) => {
        if (current) setFileCheck({ key: checkKey, present })
      },
      // A failed look says nothing either way; the export reads the file and lists what it lacks.
      () => undefined
    )
    return () => {
      current = false
    }
  }, [checkKey, store])

  const fileMissing = checkKey !== null && fileCheck?.key === checkKey && !fileCheck.present

  const choose = async () => {
    setProblem(null)
    setChoosing(true)
    try {
      const file = await api.openFile({ kind: 'font' })
      if (!file) return
      const saved = await store.saveFallbackFont(file.fileName, file.data)
      setSaves((count) => count + 1)
      message.success(S.fontSaved(saved.name, saved.characterCount))
    } catch (error) {
      setProblem(errorText(error))
    } finally {
      setChoosing(false)
    }
  }

  const confirmRemove = () => {
    modal.confirm({
      title: S.removeFontTitle,
      content: S.removeFontContent,
      okText: S.removeFont,
      okButtonProps: { danger: true },
      cancelText: S.cancel,
      onOk: async () => {
        try {
          await store.removeFallbackFont()
          setProblem(null)
          message.success(S.fontRemoved)
        } catch (error) {
          message.error(`${S.removeFontFailed}${errorText(error)}`)
        }
      }
    })
  }

  return (
    <Card title={S.reportFontTitle} role="region" aria-label={S.reportFontTitle}>
      <Typography.Paragraph type="secondary">{S.reportFontIntro}</Typography.Paragraph>
      {settings === undefined ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Descriptions
          column={1}
          bordered
          size="small"
          style={{ marginBottom: 16 }}
          items={
            fallback
              ? [
                  { key: 'name', label: S.fallbackFont, children: fallback.name },
                  {
                    key: 'size',
                    label: S.fallbackFontSize,
                    children: formatBytes(fallback.byteSize)
                  },
                  {
                    key: 'characters',
                    label: S.fallbackFontCharacters,
                    children: fallback.characterCount.toLocaleString('zh-CN')
                  }
                ]
              : [{ key: 'name', label: S.fallbackFont, children: S.fallbackFontNone }]
          }
        />
      )}
      {fileMissing ? (
        <Alert type="warning" showIcon title={S.fallbackFontMissing} style={{ marginBottom: 16 }} />
      ) : null}
      {problem ? (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />
      ) : null}
      <Flex gap="small" wrap>
        <Button loading={choosing} disabled={settings === undefined} onClick={choose}>
          {S.chooseFont}
        </Button>
        {fallback ? (
          <Button danger onClick={confirmRemove}>
            {S.removeFont}
          </Button>
        ) : null}
      </Flex>
    </Card>
  )
}
