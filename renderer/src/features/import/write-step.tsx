/**
 * 导入: skip or update the rows that are records already stored, then write, chunk by chunk,
 * with a progress bar; 取消 stops before the next chunk. The only step that writes.
 */
import { Flex, Progress, Radio, Typography } from 'antd'
import type { DryRunResult } from '@shared/import/dry-run'
import {
  IMPORT_CHUNK_SIZE,
  type ExistingChoice,
  type ImportProgress
} from '@renderer/db/repositories/import-repository'
import { IMPORT_STRINGS as S } from './strings'

export interface WriteStepProps {
  result: DryRunResult<object>
  existing: ExistingChoice
  onExistingChange(choice: ExistingChoice): void
  /** Null before the import starts. */
  progress: ImportProgress | null
  running: boolean
  cancelling: boolean
}

export function WriteStep({
  result,
  existing,
  onExistingChange,
  progress,
  running,
  cancelling
}: WriteStepProps) {
  const { counts } = result
  return (
    <Flex vertical gap="middle">
      {counts.existing > 0 ? (
        <Flex vertical gap="small">
          <Typography.Text>{S.existingChoice(counts.existing)}</Typography.Text>
          <Radio.Group
            disabled={running}
            value={existing}
            onChange={(event) => onExistingChange(event.target.value as ExistingChoice)}
            options={[
              { value: 'skip', label: S.skipExisting },
              { value: 'update', label: S.updateExisting }
            ]}
          />
        </Flex>
      ) : null}
      <Typography.Text>
        {counts.new + counts.existing === 0
          ? S.nothingToImport
          : S.willImport(counts.new, counts.existing, counts.error, IMPORT_CHUNK_SIZE)}
      </Typography.Text>
      {progress ? (
        <Flex vertical gap="small">
          <Progress
            aria-label={S.progress(progress.done, progress.total)}
            percent={
              progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100)
            }
          />
          <Typography.Text type="secondary">
            {cancelling ? S.cancelling : S.progress(progress.done, progress.total)}
          </Typography.Text>
        </Flex>
      ) : null}
    </Flex>
  )
}
