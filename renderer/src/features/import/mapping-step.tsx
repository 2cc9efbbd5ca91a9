/**
 * 核对列: which sheet, where its header row is, and which field each of its columns feeds —
 * found automatically, changeable here. Required fields no column feeds are named, and the
 * wizard goes on only once each has a column.
 */
import { Alert, Flex, Select, Table, Typography } from 'antd'
import { readText } from '@shared/import/cells'
import {
  headerLabel,
  missingRequired,
  type ColumnMapping,
  type SourceHeader
} from '@shared/import/header-mapping'
import type { ImportSpec } from '@shared/import/import-spec'
import { maskIdNumber, maskPhone } from '@shared/domain/identifiers/masking'
import type { ChosenFile } from './file-step'
import { IMPORT_STRINGS as S } from './strings'

export interface MappingStepProps {
  spec: ImportSpec
  file: ChosenFile
  sheetIndex: number
  onSheetChange(index: number): void
  headerRow: number | null
  headers: readonly SourceHeader[]
  mapping: ColumnMapping
  onMappingChange(index: number, key: string | null): void
}

const ID_LIKE = /^\d{15}(\d{2}[\dXx])?$/
const MOBILE_LIKE = /^1\d{10}$/

/** A sample value as shown: ID numbers and phones masked, as everywhere else. */
function sampleText(cell: unknown, personal: boolean): string {
  const text = readText(cell)
  if (!text.ok || text.value === null) return ''
  if (ID_LIKE.test(text.value)) return maskIdNumber(text.value)
  if (MOBILE_LIKE.test(text.value) || (personal && /\d{7,}/.test(text.value))) {
    return maskPhone(text.value)
  }
  return text.value
}

interface MappingRow {
  index: number
  header: string
  sample: string
  key: string | null
}

export function MappingStep({
  spec,
  file,
  sheetIndex,
  onSheetChange,
  headerRow,
  headers,
  mapping,
  onMappingChange
}: MappingStepProps) {
  const grid = file.sheets[sheetIndex]?.grid ?? []
  const firstData = headerRow === null ? [] : (grid[headerRow + 1] ?? [])
  const missing = missingRequired(mapping, spec.columns)
  const defaulted = spec.columns.filter(
    (column) => !column.required && !mapping.includes(column.key)
  )
  const options = [
    { value: '', label: S.skipColumn },
    ...spec.columns.map((column) => ({
      value: column.key,
      label: column.required ? `${column.header}${S.requiredMark}` : column.header
    }))
  ]
  const rows: MappingRow[] = headers.map((header, index) => {
    const key = mapping[index] ?? null
    const personal = spec.columns.some((column) => column.key === key && column.personal)
    return {
      index,
      header: headerLabel(header, index),
      sample: sampleText(firstData[index], personal),
      key
    }
  })

  return (
    <Flex vertical gap="middle">
      {file.sheets.length > 1 ? (
        <Flex gap="small" align="center">
          <Typography.Text>{S.sheet}</Typography.Text>
          <Select
            aria-label={S.sheet}
            style={{ minWidth: 200 }}
            value={sheetIndex}
            onChange={onSheetChange}
            options={file.sheets.map((sheet, index) => ({ value: index, label: sheet.name }))}
          />
        </Flex>
      ) : null}
      {headerRow === null ? (
        <Alert type="error" showIcon title={S.noHeaderRow(spec.label)} />
      ) : (
        <>
          <Typography.Text>{S.headerRow(headerRow + 1)}</Typography.Text>
          <Typography.Text type="secondary">{S.mappingIntro}</Typography.Text>
          {missing.length > 0 ? (
            <Alert
              type="error"
              showIcon
              title={S.missingRequired(missing.map((column) => column.header).join('、'))}
            />
          ) : null}
          <Table<MappingRow>
            size="small"
            rowKey="index"
            dataSource={rows}
            pagination={false}
            scroll={{ y: 340 }}
            columns={[
              { title: S.sourceColumn, dataIndex: 'header', width: '35%' },
              { title: S.sample, dataIndex: 'sample', width: '30%', ellipsis: true },
              {
                title: S.target,
                key: 'target',
                render: (_, row) => (
                  <Select
                    aria-label={`${row.header} ${S.target}`}
                    style={{ width: '100%' }}
                    value={row.key ?? ''}
                    options={options}
                    onChange={(value: string) => onMappingChange(row.index, value || null)}
                  />
                )
              }
            ]}
          />
          {defaulted.length > 0 ? (
            <Typography.Text type="secondary">
              {S.defaultsNote(defaulted.map((column) => column.header).join('、'))}
            </Typography.Text>
          ) : null}
        </>
      )}
    </Flex>
  )
}
