/** Finding and working antd controls the way a user sees them: by label, title and option text. */
import { expect } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'

/**
 * A button by its label, as antd renders it: a space between two characters (保 存), and an
 * icon's own name (plus) before the label.
 */
export function buttonLabel(label: string): RegExp {
  return new RegExp(`(^|\\s)${[...label].join('\\s*')}$`)
}

export function button(name: string, container: HTMLElement = document.body) {
  return within(container).getByRole('button', { name: buttonLabel(name) })
}

/** The open antd dialog with this title. */
export async function dialog(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-title' })
  return heading.closest('.ant-modal') as HTMLElement
}

export const dialogGone = (title: string) =>
  waitFor(() => expect(screen.queryByText(title, { selector: '.ant-modal-title' })).toBeNull())

/** The open confirmation (Modal.confirm) with this title. */
export async function confirmation(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-confirm-title' })
  return heading.closest('.ant-modal') as HTMLElement
}

/** The open drawer with this title. */
export async function drawer(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-drawer-title' })
  return heading.closest('.ant-drawer') as HTMLElement
}

/** Types `value` into the field labelled `label` inside `container`. */
export function type(container: HTMLElement, label: string, value: string) {
  fireEvent.change(within(container).getByLabelText(label), { target: { value } })
}

/** The form item (label, control and messages) of the field labelled `label`. */
export function formItem(container: HTMLElement, label: string): HTMLElement {
  return within(container).getByLabelText(label).closest('.ant-form-item') as HTMLElement
}

/** The table row naming `text`. */
export function rowOf(table: HTMLElement, text: string): HTMLElement {
  return within(table).getByText(text).closest('tr') as HTMLElement
}

/** Picks `option` in the antd Select labelled `label` inside `container`. */
export function choose(container: HTMLElement, label: string, option: string) {
  return pick(container, label, (text) => text === option, `没有选项 ${option}`)
}

/** Picks the option starting with `text` in the antd Select labelled `label` inside `container`. */
export function chooseStarting(container: HTMLElement, label: string, text: string) {
  return pick(container, label, (option) => option.startsWith(text), `没有以 ${text} 开头的选项`)
}

async function pick(
  container: HTMLElement,
  label: string,
  matches: (optionText: string) => boolean,
  missing: string
) {
  fireEvent.mouseDown(within(container).getByLabelText(label))
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option')].find((el) =>
      matches(el.textContent ?? '')
    )
    if (!found) throw new Error(missing)
    return found as HTMLElement
  })
  fireEvent.click(item)
}
