/**
 * The header's way into the global search: a button, and the Ctrl+K / ⌘K / `/` shortcut, both
 * opening the same dialog, whose open state lives here.
 */
import { useState } from 'react'
import { Button } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { GlobalSearch } from './global-search'
import { SEARCH_STRINGS as S } from './strings'
import { useGlobalSearchShortcut } from './use-global-search-shortcut'

export function GlobalSearchButton() {
  const [open, setOpen] = useState(false)
  useGlobalSearchShortcut(() => setOpen(true))
  return (
    <>
      <Button icon={<SearchOutlined />} onClick={() => setOpen(true)}>
        {S.button}
      </Button>
      <GlobalSearch open={open} onClose={() => setOpen(false)} />
    </>
  )
}
