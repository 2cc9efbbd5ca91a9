/**
 * The side panel of one resource: every field (the phone masked), 编辑, 归档 / 恢复使用 — the
 * repository warns when active matches still name it — and its history.
 */
import { App, Space } from 'antd'
import type { DescriptionsProps } from 'antd'
import { Link } from 'react-router'
import { EditAction, RecordPanel } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import { maskPhone } from '@shared/domain/identifiers/masking'
import type { Resource } from '@shared/domain/linkage/resource'
import type { Organization } from '@shared/domain/organizations/organization'
import { formatYuan } from '@shared/domain/money'
import { periodText, type ResourceRow } from './resource-columns'
import { ExpiredTag, FiveSocietyTag } from './resource-tags'
import { RESOURCE_FIELD_LABELS as L, RESOURCE_STRINGS as S } from './strings'

export interface ResourcePanelProps {
  resource: ResourceRow | null
  organizationsById: ReadonlyMap<string, Organization>
  onEdit(resource: Resource): void
  onClose(): void
}

export function ResourcePanel({
  resource,
  organizationsById,
  onEdit,
  onClose
}: ResourcePanelProps) {
  const { resources } = useRepositories()
  const { message } = App.useApp()

  // Archiving a resource matches still name is allowed; the repository's warning says which.
  const archive = async (id: string) => {
    const result = await resources.archive(id)
    for (const warning of result.warnings) message.warning(warning.message, 8)
    return result
  }

  const organization = resource?.organizationId
    ? organizationsById.get(resource.organizationId)
    : undefined

  const items: DescriptionsProps['items'] = resource
    ? [
        { key: 'type', label: L.type, children: resource.type },
        {
          key: 'leg',
          label: S.legColumn,
          children: resource.leg ? <FiveSocietyTag leg={resource.leg} /> : S.noLeg
        },
        ...(resource.amountFen === null
          ? []
          : [
              {
                key: 'amount',
                label: L.amountFen,
                span: 2,
                children: `${formatYuan(resource.amountFen)} ${S.yuan}`
              }
            ]),
        { key: 'capacity', label: L.capacity, span: 2, children: resource.capacity },
        { key: 'providerKind', label: L.providerKind, children: resource.providerKind },
        { key: 'providerName', label: L.providerName, children: resource.providerName },
        ...(resource.organizationId
          ? [
              {
                key: 'organization',
                label: L.organizationId,
                span: 2,
                children: organization ? (
                  <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>
                ) : (
                  S.missingRecord
                )
              }
            ]
          : []),
        { key: 'communities', label: L.communityIds, span: 2, children: resource.communityNames },
        {
          key: 'categories',
          label: L.categories,
          span: 2,
          children:
            resource.categories.length === 0 ? S.anyCategory : resource.categories.join('、')
        },
        {
          key: 'period',
          label: S.periodColumn,
          span: 2,
          children: (
            <Space>
              {periodText(resource)}
              {resource.expired ? <ExpiredTag /> : null}
            </Space>
          )
        },
        {
          key: 'availability',
          label: L.availability,
          span: 2,
          children: resource.availability ?? '—'
        },
        { key: 'contactName', label: L.contactName, children: resource.contactName ?? '—' },
        {
          key: 'contactPhone',
          label: L.contactPhone,
          children: resource.contactPhone ? maskPhone(resource.contactPhone) : '—'
        }
      ]
    : []

  return (
    <RecordPanel
      record={resource}
      onClose={onClose}
      items={items}
      extra={
        resource ? (
          <div style={{ marginTop: 16 }}>
            <EditAction
              record={resource}
              label={S.edit}
              refusal={S.editArchived}
              onEdit={() => onEdit(resource)}
            />
          </div>
        ) : null
      }
      fieldLabels={L}
      history={resources.history}
      archive={archive}
      restore={resources.restore}
    />
  )
}
