import type { Page } from '@playwright/test'

export interface InlineScriptProbe {
  /** Whether the injected inline script ran. */
  executed: boolean
  /** Directives reported by `securitypolicyviolation` events while injecting. */
  violatedDirectives: string[]
}

/** Tries what an attacker with an HTML injection would try, and reports what the page allowed. */
export class SecurityProbe {
  constructor(readonly page: Page) {}

  /** Adds a `<script>` with inline code and waits for the CSP verdict. */
  async injectInlineScript(): Promise<InlineScriptProbe> {
    return this.page.evaluate(async () => {
      const flag = '__shelianInlineScriptRan'
      const violatedDirectives: string[] = []
      const reported = new Promise<void>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            violatedDirectives.push(event.effectiveDirective)
            resolve()
          },
          { once: true }
        )
        // The event is queued as a task; if no policy objects, give up after a while.
        setTimeout(resolve, 5000)
      })
      const script = document.createElement('script')
      script.textContent = `window.${flag} = true`
      document.head.append(script)
      await reported
      script.remove()
      return {
        executed: (window as unknown as Record<string, unknown>)[flag] === true,
        violatedDirectives
      }
    })
  }
}
