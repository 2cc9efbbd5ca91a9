import type { Page, Request } from '@playwright/test'

export interface InlineScriptProbe {
  /** Whether the injected inline script ran. */
  executed: boolean
  /** Directives reported by `securitypolicyviolation` events while injecting. */
  violatedDirectives: string[]
}

/** What happened when the page tried to reach a remote URL or run `eval`. */
export interface BlockedAttempt {
  /** Whether the attempt worked: the script ran, the image loaded, the fetch answered, eval ran. */
  succeeded: boolean
  /** Directives reported by `securitypolicyviolation` events during the attempt. */
  violatedDirectives: string[]
  /** How many requests for the remote URL reached the network layer (where they were answered). */
  requestsSent: number
}

/** A host that does not exist (`.test` is reserved); requests to it are answered by the probe. */
export const REMOTE_ORIGIN = 'https://cdn.shelian.test'

type RemoteAttempt = 'script' | 'image' | 'fetch' | 'eval'

/**
 * Tries what an attacker with an HTML injection would try, and reports what the page allowed.
 *
 * Remote requests are answered by a route (a script that sets a flag, a 1×1 GIF, a JSON body),
 * so an attempt fails only because the page's policy refused it — not because this machine is
 * offline — and the test would notice a weakened policy.
 */
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

  /** Appends `<script src="https://cdn.shelian.test/…">`; the answer would set a flag. */
  injectRemoteScript(): Promise<BlockedAttempt> {
    return this.attempt('script')
  }

  /** Appends `<img src="https://cdn.shelian.test/…">`. */
  injectRemoteImage(): Promise<BlockedAttempt> {
    return this.attempt('image')
  }

  /** Calls `fetch('https://cdn.shelian.test/…')`. */
  fetchRemote(): Promise<BlockedAttempt> {
    return this.attempt('fetch')
  }

  /** Calls `eval` and `new Function` from page code. */
  callEval(): Promise<BlockedAttempt> {
    return this.attempt('eval')
  }

  private async attempt(kind: RemoteAttempt): Promise<BlockedAttempt> {
    let requestsSent = 0
    const pattern = `${REMOTE_ORIGIN}/**`
    await this.page.route(pattern, async (route) => {
      requestsSent += 1
      const url = route.request().url()
      if (url.endsWith('.js')) {
        await route.fulfill({
          contentType: 'text/javascript',
          body: 'window.__shelianRemoteScriptRan = true'
        })
      } else if (url.endsWith('.gif')) {
        await route.fulfill({
          contentType: 'image/gif',
          body: Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64')
        })
      } else {
        await route.fulfill({
          contentType: 'application/json',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: '{"ok":true}'
        })
      }
    })
    try {
      const result = await this.page.evaluate(
        async ({ kind, origin }) => {
          const violatedDirectives: string[] = []
          let reportedOnce: () => void = () => {}
          const reported = new Promise<void>((resolve) => {
            reportedOnce = resolve
            // The event is queued as a task; if no policy objects, give up after a while.
            setTimeout(resolve, 5000)
          })
          // The page has the policy twice (header and meta tag), so each refusal is reported twice.
          const onViolation = (event: SecurityPolicyViolationEvent): void => {
            if (!violatedDirectives.includes(event.effectiveDirective)) {
              violatedDirectives.push(event.effectiveDirective)
            }
            reportedOnce()
          }
          document.addEventListener('securitypolicyviolation', onViolation)
          const settled = (element: HTMLElement): Promise<boolean> =>
            new Promise((resolve) => {
              element.addEventListener('load', () => resolve(true), { once: true })
              element.addEventListener('error', () => resolve(false), { once: true })
            })
          let succeeded = false
          if (kind === 'script') {
            const script = document.createElement('script')
            script.src = `${origin}/payload.js`
            const outcome = settled(script)
            document.head.append(script)
            await outcome
            succeeded =
              (window as unknown as Record<string, unknown>).__shelianRemoteScriptRan === true
            script.remove()
          } else if (kind === 'image') {
            const image = document.createElement('img')
            const outcome = settled(image)
            image.src = `${origin}/pixel.gif`
            document.body.append(image)
            succeeded = await outcome
            image.remove()
          } else if (kind === 'fetch') {
            succeeded = await fetch(`${origin}/data.json`).then(
              (response) => response.ok,
              () => false
            )
          } else {
            // Leave the DevTools call first: code it evaluates directly may use eval regardless
            // of the page's policy (Runtime.evaluate's allowUnsafeEvalBlockedByCSP).
            await new Promise((resolve) => setTimeout(resolve, 0))
            const tries = [() => eval('1 + 1'), () => new Function('return 1 + 1')()]
            for (const run of tries) {
              try {
                succeeded = run() === 2 || succeeded
              } catch {
                // EvalError: refused by the policy
              }
            }
          }
          await reported
          document.removeEventListener('securitypolicyviolation', onViolation)
          return { succeeded, violatedDirectives }
        },
        { kind, origin: REMOTE_ORIGIN }
      )
      return { ...result, requestsSent }
    } finally {
      await this.page.unroute(pattern)
    }
  }

  /** The policy the page runs under: its `<meta http-equiv>` tag. */
  async metaPolicy(): Promise<string | null> {
    return this.page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? null
    )
  }
}

/**
 * Records every request the page and its workers make, from the moment it is created, and
 * reports those that leave the app's origin. `data:` and `blob:` URLs stay inside the page.
 */
export class NetworkWatch {
  private readonly requests: string[] = []
  private readonly responses: { url: string; type: string; policy: string | undefined }[] = []

  constructor(readonly page: Page) {
    const record = (request: Request): void => {
      this.requests.push(request.url())
    }
    page.context().on('request', record)
    page.context().on('response', (response) => {
      this.responses.push({
        url: response.url(),
        type: response.request().resourceType(),
        policy: response.headers()['content-security-policy']
      })
    })
    page.on('websocket', (socket) => this.requests.push(socket.url()))
  }

  /** Every request URL whose origin is not `origin` (`http://127.0.0.1:4179`). */
  outsideRequests(origin: string): string[] {
    return this.requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false
      try {
        return new URL(url).origin !== origin
      } catch {
        return true
      }
    })
  }

  /** Every request URL seen, so a watch that saw nothing cannot pass unnoticed. */
  seenRequests(): string[] {
    return [...this.requests]
  }

  /**
   * The Content-Security-Policy header of every document, script and worker the app loaded,
   * by URL; workers take their policy from this header, not from the page's meta tag.
   */
  policiesOfScriptsAndDocuments(): { url: string; policy: string | undefined }[] {
    return this.responses
      .filter((response) => ['document', 'script', 'worker'].includes(response.type))
      .map(({ url, policy }) => ({ url, policy }))
  }
}
