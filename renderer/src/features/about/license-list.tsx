/**
 * Credits every third-party package the app ships, with its licence text — required by most of
 * those licences. The list is large, so it is loaded only when this page is opened.
 */
import { useEffect, useMemo, useState } from 'react'
import { Card, Input, Table, Typography } from 'antd'
import { loadThirdPartyLicenses } from './load-licenses'
import { ABOUT_STRINGS as S } from './strings'

export interface ThirdPartyLicense {
  name: string
  version: string
  license: string
  text: string
}

export type LoadLicenses = () => Promise<readonly ThirdPartyLicense[]>

export function LicenseList({ load = loadThirdPartyLicenses }: { load?: LoadLicenses }) {
  const [licenses, setLicenses] = useState<readonly ThirdPartyLicense[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [query, setQuery] = useState('')

  useEffect(() => {
    let current = true
    load().then(
      (list) => {
        if (current) setLicenses(list)
      },
      (error: unknown) => {
        if (current) setLoadError(error instanceof Error ? error.message : String(error))
      }
    )
    return () => {
      current = false
    }
  }, [load])

  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase()
    if (!licenses || !needle) return licenses ?? []
    return licenses.filter(
      (entry) =>
        entry.name.toLowerCase().includes(needle) || entry.license.toLowerCase().includes(needle)
    )
  }, [licenses, query])

  return (
    <Card
      title={S.licensesTitle}
      role="region"
      aria-label={S.licensesTitle}
      extra={
        licenses ? (
          <Typography.Text type="secondary">{S.licensesCount(licenses.length)}</Typography.Text>
        ) : null
      }
    >
      {loadError ? (
        <Typography.Text type="danger">{`${S.licensesLoadFailed}${loadError}`}</Typography.Text>
      ) : (
        <>
          <Input.Search
            aria-label={S.licensesSearch}
            placeholder={S.licensesSearch}
            allowClear
            onChange={(event) => setQuery(event.target.value)}
            style={{ maxWidth: 320, marginBottom: 16 }}
          />
          <Table<ThirdPartyLicense>
            aria-label={S.licensesTitle}
            rowKey={(entry) => `${entry.name}@${entry.version}`}
            size="small"
            loading={!licenses}
            dataSource={[...shown]}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: S.licensesEmpty }}
            columns={[
              { title: S.licenseName, dataIndex: 'name' },
              { title: S.licenseVersion, dataIndex: 'version', width: 140 },
              { title: S.licenseType, dataIndex: 'license', width: 200 }
            ]}
            expandable={{
              expandedRowRender: (entry) => (
                <pre
                  style={{ whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto', margin: 0 }}
                >
                  {entry.text || S.licenseNoText}
                </pre>
              )
            }}
          />
        </>
      )}
    </Card>
  )
}
