/**
 * One-line cell content with an ellipsis. The antd Tooltip is mounted only while the pointer
 * is on a clipped cell: a Tooltip per visible cell would cost more than the rows themselves.
 */
import { useState, type ReactNode } from 'react'
import { Tooltip } from 'antd'

export interface CellTextProps {
  children: ReactNode
  /** The full text, read only when the pointer arrives on clipped content. */
  title: () => string
}

export function CellText({ children, title }: CellTextProps) {
  const [tip, setTip] = useState<string | null>(null)
  const text = (
    <span
      className="sl-grid-text"
      onMouseEnter={(event) => {
        const el = event.currentTarget
        if (el.scrollWidth > el.clientWidth) {
          const full = title()
          if (full) setTip(full)
        }
      }}
      onMouseLeave={() => setTip(null)}
    >
      {children}
    </span>
  )
  return tip ? (
    <Tooltip title={tip} open placement="topLeft">
      {text}
    </Tooltip>
  ) : (
    text
  )
}
