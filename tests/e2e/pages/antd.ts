import { expect, type Locator, type Page } from '@playwright/test'

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Opens an antd Select and picks the option whose title starts with `option` (team members
 * read `姓名（职业水平）`, communities `社区（街道）`), typing first when `search` is given.
 *
 * The option gets its click as an event rather than at its place on the screen: on a busy
 * machine the list can still be sliding open, or be redrawn, or the page behind a dialog can
 * scroll under it between the press and the release, and a pointer click then lands on another
 * option or on nothing (CI saw 评估类型 stay 入驻 through a whole minute of retries). The pick is
 * still checked and repeated until the field shows the option; a repeat never clicks an option
 * already chosen (in a multiple select that would take it off again).
 */
export async function pick(
  page: Page,
  select: Locator,
  option: string,
  search?: string
): Promise<void> {
  const title = new RegExp(`^${escapeRegExp(option)}(（|$)`)
  // The select's own box, which shows what is chosen.
  const field = select.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]'
  )
  await expect(async () => {
    if ((await field.getByTitle(title).count()) > 0) return
    await select.click()
    if (search !== undefined) await select.fill(search)
    await page
      .getByTitle(title)
      .filter({ visible: true })
      .first()
      .dispatchEvent('click', undefined, { timeout: 5_000 })
    await expect(field.getByTitle(title).first()).toBeVisible({ timeout: 2_000 })
  }).toPass()
  // A multiple select stays open after a pick and its list would cover the fields below; leaving
  // the field closes it (Escape would also close the drawer around it).
  await select.blur()
}

/** Types `date` (`YYYY-MM-DD`) into an antd DatePicker and confirms it, as a user does. */
export async function fillDate(input: Locator, date: string): Promise<void> {
  await input.fill(date)
  await input.press('Enter')
  await expect(input).toHaveValue(date)
}
