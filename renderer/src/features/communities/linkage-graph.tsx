/**
 * The linkage graph of one community (issue #7 §6): 社区 · 社会组织 · 社会工作者 · 项目 · 需求 · 资源
 * in columns, as coverage.ts's `layoutGraph` places them, with the links between them.
 *
 * Drawn by hand as plain SVG on purpose, not with a charting library: the layout is the
 * domain's and deterministic, so the same community always draws the same picture; the SVG
 * prints as it shows; and every node is an element with a role and a name that a test (or a
 * screen reader) can find. A node with a page of its own is a link to it; the others are
 * buttons that keep their links highlighted. A text list of the same nodes and links follows
 * for screen readers.
 */
import { useId, useMemo, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { Flex, Typography } from 'antd'
import { useNavigate } from 'react-router'
import { shorten } from '@shared/text/shorten'
import { recordInList } from '@renderer/components/use-registry'
import {
  GRAPH_LAYOUT,
  GRAPH_NODE_KIND_LABELS,
  GRAPH_NODE_KINDS,
  type GraphLayout,
  type GraphNodeKind,
  type PlacedNode
} from '@shared/domain/linkage/coverage'
import { needPath } from './community-path'
import { COMMUNITY_STRINGS as S } from './strings'

const KIND_COLORS: Readonly<Record<GraphNodeKind, { stroke: string; fill: string }>> = {
  community: { stroke: '#1677ff', fill: '#e6f4ff' },
  organization: { stroke: '#389e0d', fill: '#f6ffed' },
  socialWorker: { stroke: '#08979c', fill: '#e6fffb' },
  project: { stroke: '#d46b08', fill: '#fff7e6' },
  need: { stroke: '#c41d7f', fill: '#fff0f6' },
  resource: { stroke: '#531dab', fill: '#f9f0ff' }
}

/** The page a node opens, for the kinds that have one. */
const NODE_PAGES: Partial<Record<GraphNodeKind, (recordId: string) => string>> = {
  organization: (id) => `/organizations/${id}`,
  socialWorker: (id) => recordInList('/social-workers', id),
  project: (id) => `/projects/${id}`,
  need: needPath,
  resource: (id) => recordInList('/linkage?tab=resources', id)
}

const NODE_WIDTH = GRAPH_LAYOUT.columnWidth - 40
const NODE_HEIGHT = GRAPH_LAYOUT.rowHeight - 14
/** Room above the nodes for the column headings. */
const HEADING = 28
/** Characters of a label that fit in a node; the full text is in its title and name. */
const LABEL_CHARS = 12
const DETAIL_CHARS = 16

const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap'
}

/** At most `chars` characters, the ellipsis included. */
const clip = (text: string, chars: number) => shorten(text, chars - 1)

/** Half the space between two columns' nodes: the channel long links run down. */
const CHANNEL = (GRAPH_LAYOUT.columnWidth - NODE_WIDTH) / 2
/** Spacing of the lanes under the nodes, one per number of columns a link spans. */
const LANE_STEP = 10
const CORNER = 6

const columnsSpanned = (from: PlacedNode, to: PlacedNode) =>
  Math.round(Math.abs(to.x - from.x) / GRAPH_LAYOUT.columnWidth)

/**
 * The line of a link. Between neighbouring columns, a curve from the side of `from` facing `to`
 * to the facing side of `to`. A link that spans more columns would cross the nodes between, so
 * it runs down the channel beside `from`, along a lane under all the nodes (one lane per span,
 * so links of different lengths stay apart) and up the channel beside `to`.
 */
function edgePath(from: PlacedNode, to: PlacedNode, nodesBottom: number): string {
  const dir = from.x < to.x ? 1 : -1
  const x1 = from.x + (dir * NODE_WIDTH) / 2
  const x2 = to.x - (dir * NODE_WIDTH) / 2
  const span = columnsSpanned(from, to)
  if (span <= 1) {
    const bend = (x2 - x1) / 2
    return `M ${x1} ${from.y} C ${x1 + bend} ${from.y}, ${x2 - bend} ${to.y}, ${x2} ${to.y}`
  }
  const lane = nodesBottom + LANE_STEP * (span - 1)
  const c1 = x1 + dir * CHANNEL
  const c2 = x2 - dir * CHANNEL
  const r = CORNER
  return [
    `M ${x1} ${from.y} H ${c1 - dir * r} Q ${c1} ${from.y} ${c1} ${from.y + r}`,
    `V ${lane - r} Q ${c1} ${lane} ${c1 + dir * r} ${lane}`,
    `H ${c2 - dir * r} Q ${c2} ${lane} ${c2} ${lane - r}`,
    `V ${to.y + r} Q ${c2} ${to.y} ${c2 + dir * r} ${to.y} H ${x2}`
  ].join(' ')
}

export function LinkageGraph({ layout }: { layout: GraphLayout }) {
  const navigate = useNavigate()
  // React's ids carry characters a url(#…) reference does not take.
  const markerId = `graph-arrow-${useId().replace(/[^\w-]/g, '')}`
  const [hovered, setHovered] = useState<string | null>(null)
  const [pinned, setPinned] = useState<string | null>(null)
  const active = hovered ?? pinned
  const byId = useMemo(() => new Map(layout.nodes.map((node) => [node.id, node])), [layout])
  const linked = useMemo(() => {
    if (!active) return null
    const ids = new Set([active])
    for (const edge of layout.edges) {
      if (edge.from === active) ids.add(edge.to)
      if (edge.to === active) ids.add(edge.from)
    }
    return ids
  }, [active, layout])

  if (layout.nodes.length === 0) {
    return <Typography.Text type="secondary">{S.graphEmpty}</Typography.Text>
  }

  const open = (node: PlacedNode) => {
    const page = NODE_PAGES[node.kind]
    if (page) navigate(page(node.recordId))
    else setPinned((current) => (current === node.id ? null : node.id))
  }
  const onKey = (event: KeyboardEvent, node: PlacedNode) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      open(node)
    }
  }
  const kindsShown = new Set(layout.columns.map((column) => column.kind))
  const nodesBottom = layout.height - GRAPH_LAYOUT.margin + LANE_STEP
  // Room under the nodes for the lane of the longest possible link.
  const height = HEADING + layout.height + LANE_STEP * Math.max(1, layout.columns.length - 1)

  return (
    <Flex vertical gap="small">
      <div style={{ overflowX: 'auto' }}>
        <svg
          role="group"
          aria-label={S.graphLabel}
          width={layout.width}
          height={height}
          viewBox={`0 0 ${layout.width} ${height}`}
          style={{ fontSize: 12, display: 'block' }}
        >
          <defs>
            <marker
              id={markerId}
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#8c8c8c" />
            </marker>
          </defs>
          {layout.columns.map((column) => (
            <text
              key={column.kind}
              x={column.x}
              y={HEADING - 10}
              textAnchor="middle"
              fontWeight={600}
              fill={KIND_COLORS[column.kind].stroke}
            >
              {column.label}
            </text>
          ))}
          <g transform={`translate(0 ${HEADING})`}>
            {layout.edges.map((edge) => {
              const from = byId.get(edge.from)
              const to = byId.get(edge.to)
              if (!from || !to) return null
              const lit = active !== null && (edge.from === active || edge.to === active)
              return (
                <path
                  key={`${edge.from}|${edge.to}|${edge.label}`}
                  d={edgePath(from, to, nodesBottom)}
                  fill="none"
                  stroke={lit ? '#434343' : '#bfbfbf'}
                  strokeWidth={lit ? 2 : 1}
                  opacity={active === null || lit ? 1 : 0.35}
                  markerEnd={`url(#${markerId})`}
                >
                  <title>{`${from.label} ${edge.label} ${to.label}`}</title>
                </path>
              )
            })}
            {layout.nodes.map((node) => {
              const colors = KIND_COLORS[node.kind]
              const isLink = NODE_PAGES[node.kind] !== undefined
              const name = `${GRAPH_NODE_KIND_LABELS[node.kind]}：${node.label}（${node.detail}）`
              return (
                <g
                  key={node.id}
                  role={isLink ? 'link' : 'button'}
                  tabIndex={0}
                  aria-label={isLink ? S.graphOpen(name) : S.graphHighlight(name)}
                  aria-pressed={isLink ? undefined : pinned === node.id}
                  data-node-id={node.id}
                  style={{ cursor: 'pointer', outline: 'none' }}
                  opacity={linked === null || linked.has(node.id) ? 1 : 0.4}
                  onClick={() => open(node)}
                  onKeyDown={(event) => onKey(event, node)}
                  onMouseEnter={() => setHovered(node.id)}
                  onMouseLeave={() => setHovered(null)}
                  onFocus={() => setHovered(node.id)}
                  onBlur={() => setHovered(null)}
                >
                  <title>{name}</title>
                  <rect
                    x={node.x - NODE_WIDTH / 2}
                    y={node.y - NODE_HEIGHT / 2}
                    width={NODE_WIDTH}
                    height={NODE_HEIGHT}
                    rx={6}
                    fill={colors.fill}
                    stroke={colors.stroke}
                    strokeWidth={active === node.id || pinned === node.id ? 2.5 : 1}
                  />
                  <text x={node.x} y={node.y - 3} textAnchor="middle" fill="#262626">
                    {clip(node.label, LABEL_CHARS)}
                  </text>
                  <text x={node.x} y={node.y + 13} textAnchor="middle" fill="#8c8c8c" fontSize={10}>
                    {clip(node.detail, DETAIL_CHARS)}
                  </text>
                </g>
              )
            })}
          </g>
        </svg>
      </div>
      <Flex wrap gap="middle" align="center" role="list" aria-label={S.graphLegend}>
        {GRAPH_NODE_KINDS.filter((kind) => kindsShown.has(kind)).map((kind) => (
          <Flex key={kind} gap={6} align="center" role="listitem">
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 14,
                height: 14,
                borderRadius: 3,
                background: KIND_COLORS[kind].fill,
                border: `1px solid ${KIND_COLORS[kind].stroke}`
              }}
            />
            {GRAPH_NODE_KIND_LABELS[kind]}
          </Flex>
        ))}
        <Typography.Text type="secondary">{S.graphEdgesNote}</Typography.Text>
      </Flex>
      <GraphText layout={layout} />
    </Flex>
  )
}

/** The same graph as text: the nodes of each column, then every link as a sentence. */
function GraphText({ layout }: { layout: GraphLayout }) {
  const labels = new Map(layout.nodes.map((node) => [node.id, node.label]))
  return (
    <section aria-label={S.graphTextLabel} style={VISUALLY_HIDDEN}>
      <ul>
        {layout.columns.map((column) => (
          <li key={column.kind}>
            {column.label}：
            {layout.nodes
              .filter((node) => node.kind === column.kind)
              .map((node) => `${node.label}（${node.detail}）`)
              .join('、')}
          </li>
        ))}
      </ul>
      <ul>
        {layout.edges.map((edge) => (
          <li key={`${edge.from}|${edge.to}|${edge.label}`}>
            {`${labels.get(edge.from) ?? ''} ${edge.label} ${labels.get(edge.to) ?? ''}`}
          </li>
        ))}
      </ul>
    </section>
  )
}
