/**
 * The picker of the forms that open something for one organisation: the registry's organisations
 * not archived, found by name, pinyin or initials. One not yet registered is not offered, so
 * the empty list says where to register it.
 */
import { useMemo } from 'react'
import { Select, type SelectProps } from 'antd'
import type { Organization } from '@shared/domain/organizations/organization'
import { matchesPinyinQuery, normalizeQuery } from '@shared/text/pinyin'

interface OrganizationOption {
  value: string
  label: string
  organization: Organization
}

export interface OrganizationSelectProps extends Omit<
  SelectProps<string, OrganizationOption>,
  'options' | 'showSearch' | 'loading'
> {
  /** The registry (useOrganizations), undefined while it loads. */
  organizations: readonly Organization[] | undefined
  /** What the list says when nothing matches, e.g. to register the organisation first. */
  notFoundContent: string
}

export function OrganizationSelect({ organizations, ...props }: OrganizationSelectProps) {
  const options = useMemo(
    () =>
      (organizations ?? [])
        .filter((o) => o.archivedAt === null)
        .map((o) => ({ value: o.id, label: o.name, organization: o })),
    [organizations]
  )
  return (
    <Select
      {...props}
      showSearch={{
        filterOption: (input, option) =>
          option
            ? matchesPinyinQuery(
                normalizeQuery(input),
                option.organization.name,
                option.organization
              )
            : false
      }}
      options={options}
      loading={organizations === undefined}
    />
  )
}
