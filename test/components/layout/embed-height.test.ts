import { describe, expect, it } from 'vitest'
import {
  type HeightMessage,
  heightTargetOrigin,
  startHeightMessages,
} from '../../../src/components/layout/embed-height'

/** A frame's window as far as the messages use it: its parent, referrer and ResizeObserver. */
function frame({
  framed = true,
  ancestor,
  referrer = '',
}: { framed?: boolean; ancestor?: string; referrer?: string } = {}) {
  const posted: { message: HeightMessage; target: string }[] = []
  const observers: (() => void)[] = []
  const parent = {
    postMessage: (message: HeightMessage, target: string) => posted.push({ message, target }),
  }
  const win = {
    location: { ancestorOrigins: ancestor ? [ancestor] : [] },
    document: { referrer },
    ResizeObserver: class {
      constructor(private readonly callback: () => void) {}
      observe() {
        observers.push(this.callback)
      }
      disconnect() {
        observers.length = 0
      }
    },
  } as unknown as Window & typeof globalThis
  Object.assign(win, { parent: framed ? parent : win })
  let height = 480.2
  const element = { getBoundingClientRect: () => ({ height }) } as unknown as Element
  return {
    win,
    element,
    posted,
    resize(to: number) {
      height = to
      for (const callback of observers) callback()
    },
  }
}

describe('startHeightMessages', () => {
  it('posts the content height at once and whenever it changes, never the same twice', () => {
    const f = frame({ referrer: 'https://school.example/lessons/2018.html' })
    const stop = startHeightMessages(f.element, f.win)
    f.resize(480.2)
    f.resize(912)
    stop()
    f.resize(300)
    expect(f.posted).toEqual([
      {
        message: { type: 'kutla:height', height: 481, version: 1 },
        target: 'https://school.example',
      },
      {
        message: { type: 'kutla:height', height: 912, version: 1 },
        target: 'https://school.example',
      },
    ])
  })

  it('posts nothing when the page is not in a frame', () => {
    const f = frame({ framed: false })
    startHeightMessages(f.element, f.win)
    f.resize(700)
    expect(f.posted).toEqual([])
  })
})

describe('heightTargetOrigin', () => {
  it('is the parent’s origin where the browser names it, else the referrer’s, else any', () => {
    expect(heightTargetOrigin(frame({ ancestor: 'https://a.example' }).win)).toBe(
      'https://a.example',
    )
    expect(heightTargetOrigin(frame({ referrer: 'http://127.0.0.1:9000/host.html' }).win)).toBe(
      'http://127.0.0.1:9000',
    )
    expect(heightTargetOrigin(frame().win)).toBe('*')
    expect(heightTargetOrigin(frame({ referrer: 'not a url' }).win)).toBe('*')
    expect(heightTargetOrigin(frame({ ancestor: 'null', referrer: 'file:///x.html' }).win)).toBe(
      '*',
    )
  })
})
