/**
 * The picker of the communities a record serves, found by name, pinyin or initials. An archived
 * community stays on offer only where the record already names it, so old links still read.
 */
import { useMemo } from 'react'
import { Select, type SelectProps } from 'antd'
import type { Community } from '@shared/domain/communities/community'
import { matchesPinyinQuery, normalizeQuery } from '@shared/text/pinyin'

interface CommunityOption {
  value: string
  label: string
  community: Community
}

export interface CommunitiesSelectProps extends Omit<
  SelectProps<string[], CommunityOption>,
  'mode' | 'options' | 'showSearch'
> {
  /** The registry (useCommunities), undefined while it loads. */
  communities: readonly Community[] | undefined
  /** The ids the record named when the form opened. */
  chosen: readonly string[]
}

export function CommunitiesSelect({ communities, chosen, ...props }: CommunitiesSelectProps) {
  const options = useMemo(
    () =>
      (communities ?? [])
        .filter((c) => c.archivedAt === null || chosen.includes(c.id))
        .map((c) => ({ value: c.id, label: `${c.name}（${c.subdistrict}）`, community: c })),
    [communities, chosen]
  )
  return (
    <Select
      {...props}
      mode="multiple"
      options={options}
      showSearch={{
        filterOption: (input, option) =>
          !!option &&
          matchesPinyinQuery(normalizeQuery(input), option.label.toLowerCase(), option.community)
      }}
    />
  )
}
