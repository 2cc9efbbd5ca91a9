/**
 * Workflows as data (DESIGN.md §2): each lifecycle — incubation now; applications, projects,
 * payments and evaluations later — is declared once as a table of states and transitions with
 * their guards. The UI reads the table to offer only what is possible now; repositories ask the
 * same table before writing, so a forced call is refused with the same message.
 */

/** One step a user can take. `C` is whatever the guards need to decide (dates, related records). */
export interface Transition<S extends string, A extends string, C> {
  action: A
  /** Chinese button label, e.g. `出壳`. */
  label: string
  /** States the action starts from. */
  from: readonly S[]
  /** The state it leads to; the same state for actions that record something without moving on. */
  to: S | ((state: S) => S)
  /**
   * Why the action cannot be taken now, in Chinese, or null when it can. An action whose guard
   * refuses is still listed by {@link actionsFrom}, with this reason, so a user sees what is missing.
   */
  guard?: (context: C) => string | null
  /**
   * Not listed at all while the guard refuses: for record-keeping steps that only some records
   * ever need (handing back a desk a 虚拟 stay never had), where a disabled button is noise.
   */
  hiddenWhenRefused?: boolean
}

export interface Workflow<S extends string, A extends string, C> {
  /** The record kind in messages, e.g. `入驻记录`. */
  subject: string
  states: readonly S[]
  initial: S
  /** States nothing leaves except record-keeping actions such as handing back a workspace. */
  final: readonly S[]
  transitions: readonly Transition<S, A, C>[]
}

/** An action from the current state, with the guard's refusal if it cannot be taken yet. */
export interface OfferedAction<A extends string> {
  action: A
  label: string
  /** Null when the action can be taken now. */
  refusal: string | null
}

export function targetState<S extends string, A extends string, C>(
  transition: Transition<S, A, C>,
  state: S
): S {
  return typeof transition.to === 'function' ? transition.to(state) : transition.to
}

/**
 * The actions that start from `state`, in table order, each with its guard's verdict (actions
 * marked `hiddenWhenRefused` are left out while refused).
 */
export function actionsFrom<S extends string, A extends string, C>(
  workflow: Workflow<S, A, C>,
  state: S,
  context: C
): OfferedAction<A>[] {
  return workflow.transitions
    .filter((transition) => transition.from.includes(state))
    .map((transition) => ({
      transition,
      offered: {
        action: transition.action,
        label: transition.label,
        refusal: transition.guard?.(context) ?? null
      }
    }))
    .filter(({ transition, offered }) => !(transition.hiddenWhenRefused && offered.refusal))
    .map(({ offered }) => offered)
}

/**
 * Whether `action` takes a record from `state`, which is not final, into a final state: a step
 * nothing undoes, which the UI confirms before taking.
 */
export function endsLifecycle<S extends string, A extends string, C>(
  workflow: Workflow<S, A, C>,
  state: S,
  action: A
): boolean {
  const transition = workflow.transitions.find((candidate) => candidate.action === action)
  if (!transition || workflow.final.includes(state)) return false
  return workflow.final.includes(targetState(transition, state))
}

export type TransitionCheck<S extends string> = { ok: true; to: S } | { ok: false; message: string }

/** Whether `action` may be taken from `state` now, and where it leads. */
export function checkTransition<S extends string, A extends string, C>(
  workflow: Workflow<S, A, C>,
  state: S,
  action: A,
  context: C
): TransitionCheck<S> {
  const transition = workflow.transitions.find((candidate) => candidate.action === action)
  if (!transition) return { ok: false, message: `没有名为“${action}”的操作` }
  if (!transition.from.includes(state)) {
    return {
      ok: false,
      message: `${workflow.subject}当前为“${state}”，不能${transition.label}`
    }
  }
  const refusal = transition.guard?.(context) ?? null
  if (refusal) return { ok: false, message: refusal }
  return { ok: true, to: targetState(transition, state) }
}
