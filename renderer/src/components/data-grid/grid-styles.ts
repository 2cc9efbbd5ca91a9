/**
 * The grid's static CSS. Colours come from antd tokens through CSS variables set on the root,
 * so hover and focus states (which inline styles cannot express) still follow the theme.
 */
import type { CSSProperties } from 'react'
import type { GlobalToken } from 'antd'

export const GRID_CSS_HREF = 'shelian-data-grid'

export const GRID_CSS = `
.sl-grid { display: flex; flex-direction: column; gap: 8px; min-height: 0; min-width: 0; }
.sl-grid-toolbar { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.sl-grid-status { margin-left: auto; display: flex; align-items: center; gap: 8px;
  color: var(--sl-grid-text-secondary); white-space: nowrap; }
.sl-grid-scroll { position: relative; flex: 1 1 auto; min-height: 0; overflow: auto;
  border: 1px solid var(--sl-grid-border); border-radius: var(--sl-grid-radius);
  background: var(--sl-grid-bg); outline: none; }
.sl-grid-scroll:has(.sl-grid-table:focus-visible) { box-shadow: 0 0 0 2px var(--sl-grid-focus); }
.sl-grid-table { outline: none; }
.sl-grid-head { position: sticky; top: 0; z-index: 2; }
/* The header token is translucent; layered on the container colour so rows never show through. */
.sl-grid-header { display: flex; box-sizing: border-box; background-color: var(--sl-grid-bg);
  background-image: linear-gradient(var(--sl-grid-header-bg), var(--sl-grid-header-bg));
  border-bottom: 1px solid var(--sl-grid-border);
  color: var(--sl-grid-text); font-weight: 600; }
.sl-grid-body { position: relative; }
.sl-grid-row { position: absolute; top: 0; left: 0; width: 100%; display: flex;
  box-sizing: border-box; border-bottom: 1px solid var(--sl-grid-border-secondary);
  color: var(--sl-grid-text); }
.sl-grid-row:hover { background: var(--sl-grid-hover); }
.sl-grid-row[aria-selected='true'] { background: var(--sl-grid-selected); }
.sl-grid-row[data-active='true'] { box-shadow: inset 3px 0 0 var(--sl-grid-primary); }
.sl-grid-table:focus .sl-grid-row[data-active='true'] { background: var(--sl-grid-hover); }
.sl-grid-table:focus .sl-grid-row[data-active='true'][aria-selected='true'] {
  background: var(--sl-grid-active); }
.sl-grid-cell { display: flex; align-items: center; gap: 4px; padding: 0 8px;
  box-sizing: border-box; min-width: 0; overflow: hidden; }
.sl-grid-cell[data-align='right'] { justify-content: flex-end; text-align: right; }
.sl-grid-cell[data-align='center'] { justify-content: center; text-align: center; }
.sl-grid-text { min-width: 0; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.sl-grid-sort { display: flex; align-items: center; gap: 4px; min-width: 0; flex: 1 1 auto;
  height: 100%; padding: 0; border: 0; background: none; font: inherit; color: inherit;
  text-align: inherit; cursor: pointer; }
.sl-grid-cell[data-align='right'] .sl-grid-sort { justify-content: flex-end; }
.sl-grid-sort:disabled { cursor: default; }
.sl-grid-sort:focus-visible, .sl-grid-icon-btn:focus-visible {
  outline: 2px solid var(--sl-grid-focus); outline-offset: -2px; }
.sl-grid-sort-icon { flex: none; color: var(--sl-grid-primary); font-size: 10px; }
.sl-grid-icon-btn { flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 22px; height: 22px; padding: 0; border: 0; border-radius: 4px; background: none;
  color: var(--sl-grid-text-tertiary); cursor: pointer; }
.sl-grid-icon-btn:hover { background: var(--sl-grid-hover); color: var(--sl-grid-text); }
.sl-grid-icon-btn[data-active='true'] { color: var(--sl-grid-primary); }
.sl-grid-empty { position: sticky; left: 0; padding: 32px 0; }
.sl-grid-filter-panel { display: flex; flex-direction: column; gap: 8px; width: 240px; }
.sl-grid-filter-options { display: flex; flex-direction: column; gap: 2px; max-height: 280px;
  overflow: auto; }
.sl-grid-filter-count { margin-left: 6px; color: var(--sl-grid-text-tertiary); }
.sl-grid-filter-actions { display: flex; justify-content: flex-end; gap: 8px; }
.sl-grid-columns { display: flex; flex-direction: column; gap: 4px; max-height: 360px;
  overflow: auto; min-width: 160px; }
`

/** The CSS variables the rules above read, from the current antd theme. */
export function gridCssVariables(token: GlobalToken): CSSProperties {
  return {
    '--sl-grid-bg': token.colorBgContainer,
    '--sl-grid-header-bg': token.colorFillAlter,
    '--sl-grid-border': token.colorBorder,
    '--sl-grid-border-secondary': token.colorBorderSecondary,
    '--sl-grid-text': token.colorText,
    '--sl-grid-text-secondary': token.colorTextSecondary,
    '--sl-grid-text-tertiary': token.colorTextTertiary,
    '--sl-grid-hover': token.controlItemBgHover,
    '--sl-grid-selected': token.controlItemBgActive,
    '--sl-grid-active': token.controlItemBgActiveHover,
    '--sl-grid-primary': token.colorPrimary,
    '--sl-grid-focus': token.colorPrimaryBorder,
    '--sl-grid-radius': `${token.borderRadius}px`,
    fontSize: token.fontSize
  } as CSSProperties
}
