/** The side panel of one community: its figures, who serves it, and its history. */
import { useMemo } from 'react'
import { Descriptions, Tag, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import { RecordPanel } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import type { Community } from '@shared/domain/communities/community'
import type { Organization } from '@shared/domain/organizations/organization'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { COMMUNITY_FIELD_LABELS as L, COMMUNITY_STRINGS as S } from './strings'

export interface CommunityPanelProps {
  community: Community | null
  organizations: readonly Organization[]
  socialWorkers: readonly SocialWorker[]
  onClose(): void
}

export function CommunityPanel({
  community: c,
  organizations,
  socialWorkers,
  onClose
}: CommunityPanelProps) {
  const { communities } = useRepositories()
  const id = c?.id
  const serving = useMemo(
    () => ({
      organizations: id ? organizations.filter((o) => o.communityIds.includes(id)) : [],
      socialWorkers: id ? socialWorkers.filter((w) => w.communityIds.includes(id)) : []
    }),
    [id, organizations, socialWorkers]
  )

  const items: DescriptionsProps['items'] = c
    ? [
        {
          key: 'area',
          label: `${L.district} / ${L.subdistrict}`,
          children: `${c.district} ${c.subdistrict}`
        },
        { key: 'divisionCode', label: L.divisionCode, children: c.divisionCode ?? '—' },
        { key: 'households', label: L.households, children: c.households.toLocaleString('zh-CN') },
        { key: 'population', label: L.population, children: c.population.toLocaleString('zh-CN') },
        { key: 'grids', label: L.grids, children: c.grids }
      ]
    : []

  const names = (list: readonly { id: string; name: string }[]) =>
    list.length === 0 ? S.none : list.map((item) => <Tag key={item.id}>{item.name}</Tag>)

  return (
    <RecordPanel
      record={c}
      onClose={onClose}
      items={items}
      extra={
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {S.linkedTitle}
          </Typography.Title>
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              {
                key: 'organizations',
                label: `${S.organizations}（${serving.organizations.length}）`,
                children: names(serving.organizations)
              },
              {
                key: 'socialWorkers',
                label: `${S.socialWorkers}（${serving.socialWorkers.length}）`,
                children: names(serving.socialWorkers)
              }
            ]}
          />
        </>
      }
      fieldLabels={L}
      history={communities.history}
      archive={communities.archive}
      restore={communities.restore}
    />
  )
}
