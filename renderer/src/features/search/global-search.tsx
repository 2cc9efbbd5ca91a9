/**
 * The global search (Ctrl+K): one box that finds organisations, social workers, communities,
 * projects, rounds, contracts and the people of organisations by Chinese, pinyin, initials or
 * code, grouped by kind, each result saying what matched; a group whose kind has a list ends
 * with 「在列表中查看全部」, the list searched by the same text. Worked entirely from the keyboard:
 * ↑/↓ move through all groups and their list links, Enter opens the selection, Esc closes.
 */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject
} from 'react'
import { Alert, Empty, Flex, Input, Modal, Spin, Tag, Typography, theme, type InputRef } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { parseSearchQuery } from '@shared/text/search'
import { errorText } from '@shared/text/error-text'
import { useDatabase } from '@renderer/db/database-context'
import {
  loadSearchIndex,
  searchIndex,
  withPeoplePinyin,
  type SearchGroup,
  type SearchIndex,
  type SearchResult
} from './search-index'
import { SEARCH_STRINGS as S } from './strings'

/** How long typing must pause before the search runs. */
const DEBOUNCE_MS = 150

export interface GlobalSearchProps {
  open: boolean
  onClose: () => void
}

export function GlobalSearch({ open, onClose }: GlobalSearchProps) {
  const inputRef = useRef<InputRef>(null)
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={S.dialogTitle}
      footer={null}
      width={720}
      destroyOnHidden
      afterOpenChange={(opened) => {
        if (opened) inputRef.current?.focus()
      }}
      styles={{ body: { paddingTop: 8 } }}
    >
      <SearchPanel inputRef={inputRef} onClose={onClose} />
    </Modal>
  )
}

type IndexState = { index: SearchIndex | null; error: string | null }

/** The index, read when the panel mounts (the search opens) and dropped when it closes. */
function useSearchIndex(): IndexState {
  const db = useDatabase()
  const [state, setState] = useState<IndexState>({ index: null, error: null })
  useEffect(() => {
    let cancelled = false
    const load = async () => {
      const index = await loadSearchIndex(db)
      if (cancelled) return
      setState({ index, error: null })
      const complete = await withPeoplePinyin(index, () => cancelled)
      if (complete) setState({ index: complete, error: null })
    }
    load().catch((error: unknown) => {
      if (!cancelled) setState({ index: null, error: errorText(error) })
    })
    return () => {
      cancelled = true
    }
  }, [db])
  return state
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

/** What ↑/↓ move through and Enter opens: a result, or a group's 「在列表中查看全部」. */
interface Entry {
  key: string
  path: string
}

const listKey = (group: SearchGroup) => `list:${group.kind}`

const itemsOf = (groups: readonly SearchGroup[]): Entry[] =>
  groups.flatMap((group) =>
    group.listPath
      ? [...group.results, { key: listKey(group), path: group.listPath }]
      : group.results
  )

function SearchPanel({
  inputRef,
  onClose
}: {
  inputRef: RefObject<InputRef | null>
  onClose: () => void
}) {
  const navigate = useNavigate()
  const { index, error } = useSearchIndex()
  const [input, setInput] = useState('')
  const query = useDebounced(input, DEBOUNCE_MS)
  const groups = useMemo(() => (index ? searchIndex(index, query) : []), [index, query])
  const items = useMemo(() => itemsOf(groups), [groups])
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const found = items.findIndex((item) => item.key === activeKey)
  const active = found >= 0 ? found : 0
  const idPrefix = useId()
  const optionId = (key: string) => `${idPrefix}-${key}`
  const activeItem = items[active]

  useEffect(() => {
    if (!activeItem) return
    document.getElementById(`${idPrefix}-${activeItem.key}`)?.scrollIntoView?.({ block: 'nearest' })
  }, [activeItem, idPrefix])

  const openItem = (item: Entry) => {
    navigate(item.path)
    onClose()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (items.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : items.length - 1
      setActiveKey(items[(active + step) % items.length]!.key)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      // Enter right after typing must open what was typed, not the results of a moment ago.
      const current = input === query ? activeItem : index && itemsOf(searchIndex(index, input))[0]
      if (current) openItem(current)
    }
  }

  const listId = `${idPrefix}-results`
  return (
    <Flex vertical gap="small">
      <Input
        ref={inputRef}
        size="large"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={S.placeholder}
        aria-label={S.inputLabel}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={items.length > 0 ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={activeItem ? optionId(activeItem.key) : undefined}
        value={input}
        onChange={(event) => setInput(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <Alert type="error" showIcon title={S.loadFailed + error} />
      ) : !index ? (
        <Flex justify="center" gap="small" style={{ padding: 24 }}>
          <Spin size="small" />
          <Typography.Text type="secondary">{S.loading}</Typography.Text>
        </Flex>
      ) : parseSearchQuery(query).text === '' ? (
        <Typography.Paragraph type="secondary" style={{ margin: '16px 4px' }}>
          {S.hint}
        </Typography.Paragraph>
      ) : groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={S.empty} />
      ) : (
        <div
          id={listId}
          role="listbox"
          aria-label={S.resultsLabel}
          style={{ maxHeight: 'min(60vh, 480px)', overflowY: 'auto' }}
        >
          {groups.map((group) => (
            <ResultGroup
              key={group.kind}
              group={group}
              query={query}
              headingId={`${idPrefix}-${group.kind}`}
              activeKey={activeItem?.key ?? null}
              optionId={optionId}
              onHover={setActiveKey}
              onOpen={openItem}
            />
          ))}
        </div>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {S.keys}
      </Typography.Text>
    </Flex>
  )
}

function ResultGroup({
  group,
  query,
  headingId,
  activeKey,
  optionId,
  onHover,
  onOpen
}: {
  group: SearchGroup
  query: string
  headingId: string
  activeKey: string | null
  optionId: (key: string) => string
  onHover: (key: string) => void
  onOpen: (item: Entry) => void
}) {
  const { token } = theme.useToken()
  const optionStyle = (selected: boolean) => ({
    cursor: 'pointer',
    padding: `${token.paddingXS}px ${token.paddingSM}px`,
    borderRadius: token.borderRadius,
    background: selected ? token.controlItemBgActive : undefined
  })
  const list = group.listPath ? { key: listKey(group), path: group.listPath } : null
  return (
    <div role="group" aria-labelledby={headingId} style={{ marginBottom: token.marginSM }}>
      <Flex
        justify="space-between"
        style={{ padding: `${token.paddingXXS}px ${token.paddingXS}px` }}
      >
        <Typography.Text strong id={headingId}>
          {group.label}
        </Typography.Text>
        <Typography.Text type="secondary">
          {S.groupCount(group.results.length, group.total)}
        </Typography.Text>
      </Flex>
      {group.results.map((item) => {
        const selected = item.key === activeKey
        return (
          <div
            key={item.key}
            id={optionId(item.key)}
            role="option"
            aria-selected={selected}
            onMouseMove={() => {
              if (!selected) onHover(item.key)
            }}
            onClick={() => onOpen(item)}
            style={optionStyle(selected)}
          >
            <ResultLines item={item} query={query} />
          </div>
        )
      })}
      {list ? (
        <div
          id={optionId(list.key)}
          role="option"
          aria-selected={list.key === activeKey}
          onMouseMove={() => {
            if (list.key !== activeKey) onHover(list.key)
          }}
          onClick={() => onOpen(list)}
          style={optionStyle(list.key === activeKey)}
        >
          <Typography.Text style={{ color: token.colorLink }}>{S.viewAllInList}</Typography.Text>
        </div>
      ) : null}
    </div>
  )
}

/**
 * The title, then what matched and the facts. A value the title already shows (a name, a
 * contract's number) is marked there, and only a pinyin match is spelled out below it.
 */
function ResultLines({ item, query }: { item: SearchResult; query: string }) {
  const { field, by } = item
  const how = by === 'pinyin' ? S.byPinyin : by === 'initials' ? S.byInitials : ''
  const inTitle = item.title.includes(field.value)
  const matched = inTitle ? (how ? `${field.label}${how}` : null) : null
  return (
    <>
      <Flex gap="small" align="center">
        <Typography.Text>
          <Marked text={item.title} query={inTitle ? query : ''} />
        </Typography.Text>
        {item.archived ? <Tag>{S.archived}</Tag> : null}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {inTitle ? (
          matched
        ) : (
          <>
            {field.label} <Marked text={field.value} query={query} />
            {how}
          </>
        )}
        {(matched || !inTitle) && item.detail ? S.separator : null}
        {item.detail}
      </Typography.Text>
    </>
  )
}

/** `text` with the first occurrence of the query marked, when it occurs as typed. */
function Marked({ text, query }: { text: string; query: string }) {
  const needle = query.trim().toLowerCase()
  const at = needle ? text.toLowerCase().indexOf(needle) : -1
  if (at < 0) return <>{text}</>
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + needle.length)}</mark>
      {text.slice(at + needle.length)}
    </>
  )
}
