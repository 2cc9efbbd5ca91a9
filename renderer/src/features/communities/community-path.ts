/**
 * The address of a community's page, optionally at one of its sections: the page scrolls the
 * section named by `?section=` into view, so a figure elsewhere (the 覆盖情况 matrix) can open
 * the very list it counts.
 */
export const COMMUNITY_SECTIONS = [
  'organizations',
  'socialWorkers',
  'projects',
  'needs',
  'resources',
  'volunteers',
  'graph'
] as const
export type CommunitySection = (typeof COMMUNITY_SECTIONS)[number]

export function communityPath(id: string, section?: CommunitySection): string {
  const path = `/communities/${id}`
  return section ? `${path}?section=${section}` : path
}

/** The path of one need's page, under the 三社联动 menu entry. */
export function needPath(id: string): string {
  return `/linkage/needs/${id}`
}
