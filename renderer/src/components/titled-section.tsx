/** A titled part of a page, named by its title so it can be found as a region. */
import type { ReactNode } from 'react'
import { Typography } from 'antd'

export function TitledSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={4}>{title}</Typography.Title>
      {children}
    </section>
  )
}
