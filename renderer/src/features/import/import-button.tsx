/**
 * 「导入」: opens the import wizard of an entity, fresh each time. Registry pages get it through
 * RegistryPage's `importEntity`; other lists put it in their toolbar (服务记录 with the project).
 */
import { useState } from 'react'
import { Button } from 'antd'
import { ImportOutlined } from '@ant-design/icons'
import type { ImportEntity } from '@shared/import/import-spec'
import { ImportWizard } from './import-wizard'
import { IMPORT_STRINGS as S } from './strings'

export interface ImportButtonProps {
  entity: ImportEntity
  /** The project 服务记录 go into; needed for `activities` only. */
  projectId?: string
}

export function ImportButton({ entity, projectId }: ImportButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)}>
        {S.button}
      </Button>
      {open ? (
        <ImportWizard entity={entity} projectId={projectId} onClose={() => setOpen(false)} />
      ) : null}
    </>
  )
}
