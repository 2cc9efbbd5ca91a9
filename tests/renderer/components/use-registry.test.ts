import { describe, expect, it } from 'vitest'
import { listSearchPath, recordInList } from '@renderer/components/use-registry'

describe('list addresses', () => {
  it('opens a record in a list, keeping the tab of the page that hosts it', () => {
    expect(recordInList('/social-workers', 'worker-1')).toBe('/social-workers?open=worker-1')
    expect(recordInList('/linkage?tab=resources', 'resource-1')).toBe(
      '/linkage?tab=resources&open=resource-1'
    )
  })

  it('carries any search text intact', () => {
    const path = listSearchPath('/organizations', '鼓楼 社区&养老')
    const [pathname, query] = path.split('?')
    expect(pathname).toBe('/organizations')
    expect(new URLSearchParams(query).get('q')).toBe('鼓楼 社区&养老')
  })
})
