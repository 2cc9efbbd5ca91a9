import { describe, expect, it } from 'vitest'
import {
  actionsFrom,
  checkTransition,
  endsLifecycle,
  targetState,
  type Transition,
  type Workflow
} from '@shared/domain/workflow'

// A small lifecycle of its own, so these tests describe the table mechanics and not incubation.
type State = '草稿' | '已提交' | '已通过' | '已退回'
type Action = 'submit' | 'approve' | 'return' | 'note'
interface Context {
  signed: boolean
  notes: number
}

const REVIEW: Workflow<State, Action, Context> = {
  subject: '申报书',
  states: ['草稿', '已提交', '已通过', '已退回'],
  initial: '草稿',
  final: ['已通过'],
  transitions: [
    {
      action: 'submit',
      label: '提交',
      from: ['草稿', '已退回'],
      to: '已提交',
      guard: ({ signed }) => (signed ? null : '提交前须由负责人签字')
    },
    { action: 'approve', label: '通过', from: ['已提交'], to: '已通过' },
    { action: 'return', label: '退回修改', from: ['已提交'], to: '已退回' },
    {
      action: 'note',
      label: '添加备注',
      from: ['已提交', '已通过', '已退回'],
      to: (state) => state,
      guard: ({ notes }) => (notes >= 3 ? `已有 ${notes} 条备注，最多 3 条` : null)
    }
  ]
}

const ready: Context = { signed: true, notes: 0 }

describe('targetState', () => {
  it('returns a fixed target as is', () => {
    expect(targetState(REVIEW.transitions[1]!, '已提交')).toBe('已通过')
  })

  it.each<State>(['已提交', '已通过', '已退回'])(
    'asks a function target where %s leads (record-keeping keeps the state)',
    (state) => {
      expect(targetState(REVIEW.transitions[3]!, state)).toBe(state)
    }
  )

  it('passes the current state to the function', () => {
    const advance: Transition<State, Action, Context> = {
      action: 'approve',
      label: '通过',
      from: ['已提交', '已退回'],
      to: (state) => (state === '已提交' ? '已通过' : '草稿')
    }
    expect(targetState(advance, '已提交')).toBe('已通过')
    expect(targetState(advance, '已退回')).toBe('草稿')
  })
})

describe('actionsFrom', () => {
  it.each<[State, Action[]]>([
    ['草稿', ['submit']],
    ['已提交', ['approve', 'return', 'note']],
    ['已通过', ['note']],
    ['已退回', ['submit', 'note']]
  ])('offers from %s exactly the actions that start there, in table order', (state, actions) => {
    expect(actionsFrom(REVIEW, state, ready).map((offered) => offered.action)).toEqual(actions)
  })

  it('gives each action its label and no refusal when every guard lets it through', () => {
    expect(actionsFrom(REVIEW, '已提交', ready)).toEqual([
      { action: 'approve', label: '通过', refusal: null },
      { action: 'return', label: '退回修改', refusal: null },
      { action: 'note', label: '添加备注', refusal: null }
    ])
  })

  it('still lists an action its guard refuses, with the reason, so the user sees what is missing', () => {
    expect(actionsFrom(REVIEW, '草稿', { signed: false, notes: 0 })).toEqual([
      { action: 'submit', label: '提交', refusal: '提交前须由负责人签字' }
    ])
    expect(actionsFrom(REVIEW, '已通过', { signed: true, notes: 3 })).toEqual([
      { action: 'note', label: '添加备注', refusal: '已有 3 条备注，最多 3 条' }
    ])
  })

  it('offers nothing from a state no transition starts from', () => {
    const closed: Workflow<State, Action, Context> = {
      ...REVIEW,
      transitions: REVIEW.transitions.filter((transition) => transition.action !== 'note')
    }
    expect(actionsFrom(closed, '已通过', ready)).toEqual([])
  })

  it('leaves out a refused action marked hiddenWhenRefused, but lists it once allowed', () => {
    const quiet: Workflow<State, Action, Context> = {
      ...REVIEW,
      transitions: REVIEW.transitions.map((transition) =>
        transition.action === 'note' ? { ...transition, hiddenWhenRefused: true } : transition
      )
    }
    expect(actionsFrom(quiet, '已通过', { signed: true, notes: 3 })).toEqual([])
    expect(actionsFrom(quiet, '已通过', ready)).toEqual([
      { action: 'note', label: '添加备注', refusal: null }
    ])
    // A forced call is still refused with the guard's words.
    expect(checkTransition(quiet, '已通过', 'note', { signed: true, notes: 3 })).toEqual({
      ok: false,
      message: '已有 3 条备注，最多 3 条'
    })
  })
})

describe('checkTransition', () => {
  it.each<[State, Action, State]>([
    ['草稿', 'submit', '已提交'],
    ['已退回', 'submit', '已提交'],
    ['已提交', 'approve', '已通过'],
    ['已提交', 'return', '已退回'],
    ['已提交', 'note', '已提交'],
    ['已通过', 'note', '已通过'],
    ['已退回', 'note', '已退回']
  ])('allows %s → %s, leading to %s', (state, action, to) => {
    expect(checkTransition(REVIEW, state, action, ready)).toEqual({ ok: true, to })
  })

  it.each<[State, Action, string]>([
    ['已提交', 'submit', '申报书当前为“已提交”，不能提交'],
    ['已通过', 'submit', '申报书当前为“已通过”，不能提交'],
    ['草稿', 'approve', '申报书当前为“草稿”，不能通过'],
    ['已退回', 'approve', '申报书当前为“已退回”，不能通过'],
    ['已通过', 'return', '申报书当前为“已通过”，不能退回修改'],
    ['草稿', 'note', '申报书当前为“草稿”，不能添加备注']
  ])('refuses %s from a state it does not start from (%s)', (state, action, message) => {
    expect(checkTransition(REVIEW, state, action, ready)).toEqual({ ok: false, message })
  })

  it('returns the guard’s refusal when the state is right but the guard says no', () => {
    expect(checkTransition(REVIEW, '草稿', 'submit', { signed: false, notes: 0 })).toEqual({
      ok: false,
      message: '提交前须由负责人签字'
    })
  })

  it('names the state before asking the guard', () => {
    // The guard would refuse too, but the state is the first reason a user needs to hear.
    expect(checkTransition(REVIEW, '已通过', 'submit', { signed: false, notes: 0 })).toEqual({
      ok: false,
      message: '申报书当前为“已通过”，不能提交'
    })
  })

  it('refuses an action the table does not have, naming it', () => {
    expect(checkTransition(REVIEW, '草稿', 'archive' as Action, ready)).toEqual({
      ok: false,
      message: '没有名为“archive”的操作'
    })
  })

  it('agrees with actionsFrom for every state and action', () => {
    const contexts: Context[] = [ready, { signed: false, notes: 5 }]
    for (const context of contexts) {
      for (const state of REVIEW.states) {
        const offered = actionsFrom(REVIEW, state, context)
        for (const transition of REVIEW.transitions) {
          const check = checkTransition(REVIEW, state, transition.action, context)
          const offer = offered.find((candidate) => candidate.action === transition.action)
          expect(check.ok).toBe(offer !== undefined && offer.refusal === null)
          if (offer?.refusal) expect(check).toEqual({ ok: false, message: offer.refusal })
        }
      }
    }
  })
})

describe('endsLifecycle', () => {
  it('is true only for a step from an open state into a final one', () => {
    expect(endsLifecycle(REVIEW, '已提交', 'approve')).toBe(true)
    expect(endsLifecycle(REVIEW, '已提交', 'return')).toBe(false)
    // Record-keeping on a final state ends nothing: it was over already.
    expect(endsLifecycle(REVIEW, '已通过', 'note')).toBe(false)
  })
})
