/**
 * Organisations already on file under the same or a very similar name, each a link to its
 * record, so a second entry of one organisation is caught while its name is being typed.
 */
import { useDeferredValue, useMemo } from 'react'
import { Alert } from 'antd'
import { Link } from 'react-router'
import { findSimilarNames } from '@shared/domain/organizations/duplicates'
import type { Organization } from '@shared/domain/organizations/organization'
import { ORGANIZATION_STRINGS as S } from './strings'

export interface SimilarNamesAlertProps {
  name: string
  organizations: readonly Organization[]
  /** The record being edited, which is never its own duplicate. */
  selfId: string | null
  /** Follows a link; the form decides whether unsaved input must be confirmed first. */
  onOpen(id: string): void
}

export function SimilarNamesAlert({ name, organizations, selfId, onOpen }: SimilarNamesAlertProps) {
  // Comparing with every stored name takes a few milliseconds on a city's registry: typing
  // stays responsive and the list catches up.
  const deferredName = useDeferredValue(name)
  const similar = useMemo(
    () => findSimilarNames(deferredName, organizations, selfId),
    [deferredName, organizations, selfId]
  )
  if (similar.length === 0) return null
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={S.similarNames}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {similar.map((candidate) => (
            <li key={candidate.id}>
              <Link
                to={`/organizations/${candidate.id}`}
                onClick={(event) => {
                  event.preventDefault()
                  onOpen(candidate.id)
                }}
              >
                {candidate.name}
              </Link>
              {candidate.archived ? S.archivedMark : null}
            </li>
          ))}
        </ul>
      }
    />
  )
}
