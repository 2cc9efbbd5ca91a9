import { expect, type Locator } from '@playwright/test'

/** antd spaces out two-character labels (保 存) and puts an icon's name before others. */
export function label(text: string): RegExp {
  return new RegExp(`(^|\\s)${[...text].join('\\s*')}$`)
}

/**
 * Clicks `button` in the confirmation `dialog` until it closes. antd zooms a confirmation in from
 * the pointer, and a click landing before it settles hits the mask instead; the dialog guards its
 * button against a second action, so clicking again while it is open is safe.
 */
export async function confirmWith(dialog: Locator, button: string): Promise<void> {
  await dialog.waitFor()
  await expect(async () => {
    if (await dialog.isVisible()) {
      await dialog.getByRole('button', { name: label(button) }).click({ timeout: 2_000 })
    }
    await expect(dialog).toBeHidden({ timeout: 2_000 })
  }).toPass()
}
