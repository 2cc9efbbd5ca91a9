/** The card of one settings group, holding the group's form once the stored settings are read. */
import { Fragment, type ReactNode } from 'react'
import { Card, Skeleton } from 'antd'

export interface SettingsCardProps<T> {
  title: string
  /** The stored settings; undefined while they are read. */
  settings: T | undefined
  children(settings: T): ReactNode
}

/**
 * The form takes its initial values once, so it waits for the stored settings, and starts over
 * when they change underneath it (a restore brings other settings).
 */
export function SettingsCard<T>({ title, settings, children }: SettingsCardProps<T>) {
  return (
    <Card title={title} role="region" aria-label={title}>
      {settings ? (
        <Fragment key={JSON.stringify(settings)}>{children(settings)}</Fragment>
      ) : (
        <Skeleton active />
      )}
    </Card>
  )
}
