/**
 * Code that runs inside the page, measuring with the page's own clock (`performance.now()`, whose
 * zero is the navigation start). Playwright serialises these functions, so each is self-contained:
 * no imports, no closures over Node values.
 */

/** What the probes leave on `window`. */
export interface BenchWindow extends Window {
  /** performance.now() when the first element the page waits for appeared; null until then. */
  __benchFirstMatch?: number | null
  __benchRestore?: Promise<RestoreTimes>
  __benchKeystroke?: KeystrokeProbe
  __benchResults?: Promise<number | null>
}

export interface RestoreTimes {
  /** The file input's `change`: the file was chosen. */
  chosen: number
  /** 确认恢复 appeared: the file was read and checked. */
  preview: number
  /** 确认恢复 was clicked (by the bench, as soon as Playwright saw the button). */
  confirmed: number
  /** The success message `已从备份恢复：…` appeared. */
  done: number
}

export interface KeystrokeResult {
  /** Keystroke to the frame after the screen changed (see installKeystrokeProbe); null if never. */
  ms: number | null
  /** Keystroke to the frame after its `input` event, whether or not the count changed. */
  inputFrameMs: number | null
  /** Whether the count text changed (a keystroke that only narrows a query may not change it). */
  countChanged: boolean
  /** Which event started the clock: keydown, or beforeinput for text typed without one. */
  startEvent: string
  /** The count text after the keystroke. */
  count: string
}

interface KeystrokeProbe {
  arm(target: 'grid' | 'plain'): void
  result: Promise<KeystrokeResult> | null
}

/** Init script: records when the first element matching `selector` is in the DOM. */
export function firstMatchProbe(selector: string): void {
  const w = window as BenchWindow
  w.__benchFirstMatch = null
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector)) {
      w.__benchFirstMatch = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true })
}

/**
 * Arms a clock for the next keystroke in a results list (the global search): from the keystroke's
 * first event (keydown, or beforeinput for text typed without one) to the frame after the text of
 * the element at `selector` changed. Resolves null when it has not changed within `waitMs`.
 */
export function armResultsClock(args: { selector: string; waitMs: number }): void {
  const w = window as BenchWindow
  let start: number | null = null
  const onFirstEvent = () => {
    start ??= performance.now()
  }
  const events = ['keydown', 'beforeinput']
  for (const type of events) window.addEventListener(type, onFirstEvent, true)
  const textNow = () => document.querySelector(args.selector)?.textContent ?? ''
  const before = textNow()
  w.__benchResults = new Promise((resolve) => {
    const timer = setTimeout(() => finish(null), args.waitMs)
    const finish = (value: number | null) => {
      observer.disconnect()
      clearTimeout(timer)
      for (const type of events) window.removeEventListener(type, onFirstEvent, true)
      resolve(value)
    }
    const observer = new MutationObserver(() => {
      if (start === null || textNow() === before) return
      observer.disconnect()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => finish(performance.now() - start!)
        channel.port2.postMessage(null)
      })
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  })
}

/**
 * Arms the restore clock on the 设置 page: from the file input's `change` (the app's hidden
 * input) to the success message, noting when the preview's 确认恢复 appeared and was clicked.
 */
export function armRestoreProbe(): void {
  const w = window as BenchWindow
  const times: Partial<RestoreTimes> = {}
  const confirmButton = () =>
    [...document.querySelectorAll('.ant-modal button')].find(
      (button) => button.textContent?.trim() === '确认恢复'
    )
  w.__benchRestore = new Promise((resolve) => {
    const onChange = (event: Event) => {
      const target = event.target
      if (target instanceof HTMLInputElement && target.type === 'file') {
        times.chosen = performance.now()
        window.removeEventListener('change', onChange, true)
      }
    }
    const onClick = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('button') === confirmButton()) {
        times.confirmed = performance.now()
        window.removeEventListener('click', onClick, true)
      }
    }
    window.addEventListener('change', onChange, true)
    window.addEventListener('click', onClick, true)
    const observer = new MutationObserver(() => {
      if (times.chosen === undefined) return
      if (times.preview === undefined && confirmButton()) times.preview = performance.now()
      if (times.confirmed !== undefined && document.body.textContent?.includes('已从备份恢复：')) {
        times.done = performance.now()
        observer.disconnect()
        resolve(times as RestoreTimes)
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  })
}

/**
 * Installs the keystroke clock on a page with a grid. The clock starts at the keystroke's first
 * event: `keydown`, or `beforeinput` for text that arrives without one (what an IME commits, and
 * how Playwright types Chinese). It stops at "the next frame" — a task posted from
 * requestAnimationFrame, so it runs once that frame's style, layout and paint are done — after:
 *  - `arm('grid')`: the count text (`共 N 条` / `筛选出 M / N 条`) changed. When a keystroke leaves
 *    the count as it was (`gulo` → `gulou`), nothing on screen changes; the clock then stops at the
 *    frame after the `input` event, by which time the grid has filtered (React renders a keystroke
 *    synchronously; `inputFrameMs` of the keystrokes that did change the count shows it).
 *  - `arm('plain')`: the `input` event (the baseline's plain `<input>`).
 */
export function installKeystrokeProbe(): void {
  const w = window as BenchWindow
  let start: number | null = null
  let startEvent = ''
  let armed = false
  const onFirstEvent = (event: Event) => {
    if (!armed || start !== null) return
    start = performance.now()
    startEvent = event.type
  }
  for (const type of ['keydown', 'beforeinput', 'input']) {
    window.addEventListener(type, onFirstEvent, true)
  }
  const countElement = () =>
    [...document.querySelectorAll('[aria-live="polite"]')].find((element) =>
      /^(共|筛选出) /.test(element.textContent ?? '')
    )
  const afterNextFrame = (then: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => then()
      channel.port2.postMessage(null)
    })
  const since = () => (start === null ? null : performance.now() - start)
  const probe: KeystrokeProbe = {
    result: null,
    arm(target) {
      start = null
      startEvent = ''
      armed = true
      probe.result = new Promise((resolve) => {
        const count = target === 'grid' ? countElement() : undefined
        let countChanged = false
        let countFrameMs: number | null = null
        let inputFrameMs: number | null = null
        let timer: ReturnType<typeof setTimeout> | undefined
        let finished = false
        const finish = (ms: number | null) => {
          if (finished) return
          finished = true
          armed = false
          observer.disconnect()
          clearTimeout(timer)
          resolve({
            ms,
            inputFrameMs,
            countChanged,
            startEvent,
            count: count?.textContent ?? ''
          })
        }
        // Done once the input's frame is drawn and, if the count changed, the count's frame too.
        const maybeFinish = () => {
          if (inputFrameMs === null) return
          if (countChanged) {
            if (countFrameMs !== null) finish(countFrameMs)
          } else {
            // A render React deferred would still change the count; give it half a second.
            timer ??= setTimeout(() => finish(inputFrameMs), 500)
          }
        }
        const observer = new MutationObserver(() => {
          if (start === null || countChanged) return
          countChanged = true
          afterNextFrame(() => {
            countFrameMs = since()
            maybeFinish()
          })
        })
        if (count) {
          observer.observe(count, { childList: true, characterData: true, subtree: true })
        }
        window.addEventListener(
          'input',
          () =>
            afterNextFrame(() => {
              inputFrameMs = since()
              if (target === 'plain') finish(inputFrameMs)
              else maybeFinish()
            }),
          { once: true }
        )
      })
    }
  }
  w.__benchKeystroke = probe
}

/**
 * Runs `frames` animation frames, scrolling `scroller` down by one viewport in each when `scroll`
 * is set, and returns the intervals between frames (rAF timestamps), ms. Also returns how long
 * each scroll event's listeners took (the virtualizer re-rendering the rows), from a capturing
 * listener on `window` to one added on the scroller after the app's: the script part of a frame;
 * the rest is style, layout, paint and raster.
 */
export function frameIntervals(args: {
  selector: string
  frames: number
  scroll: boolean
}): Promise<{ intervals: number[]; scrollHandlerMs: number[]; scrollTop: number }> {
  const scroller = document.querySelector(args.selector)
  if (!(scroller instanceof HTMLElement)) throw new Error(`no scroller at ${args.selector}`)
  const step = scroller.clientHeight
  scroller.scrollTop = 0
  const scrollHandlerMs: number[] = []
  let eventStart = 0
  const onScrollStart = () => {
    eventStart = performance.now()
  }
  const onScrollEnd = () => {
    if (eventStart > 0) scrollHandlerMs.push(performance.now() - eventStart)
  }
  return new Promise((resolve) => {
    const stamps: number[] = []
    const tick = (stamp: number) => {
      stamps.push(stamp)
      if (stamps.length > args.frames) {
        window.removeEventListener('scroll', onScrollStart, true)
        scroller.removeEventListener('scroll', onScrollEnd)
        resolve({
          intervals: stamps.slice(1).map((value, index) => value - stamps[index]!),
          scrollHandlerMs,
          scrollTop: scroller.scrollTop
        })
        return
      }
      if (args.scroll) scroller.scrollTop += step
      requestAnimationFrame(tick)
    }
    // Start on a frame boundary, after the reset above has been painted and its scroll event
    // has gone by.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.addEventListener('scroll', onScrollStart, true)
        scroller.addEventListener('scroll', onScrollEnd)
        requestAnimationFrame(tick)
      })
    )
  })
}
