import { describe, expect, it } from 'vitest'
import {
  StaleRequestError,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
  createAnalysisClient,
  inlineWorker,
} from '../../src/scenario/analysis-client'
import type { AdditionsJob, PowerJob } from '../../src/scenario/analysis-jobs'

/** A worker that answers only when the test says so. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = []
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  posted: WorkerRequest[] = []
  terminated = false

  constructor() {
    FakeWorker.made.push(this)
  }

  postMessage(message: WorkerRequest) {
    this.posted.push(message)
  }

  terminate() {
    this.terminated = true
  }

  /** Answers the last request posted with this outcome (or another id). */
  reply(outcome: unknown, id = this.posted.at(-1)!.id) {
    this.onmessage?.({ data: { id, ok: true, outcome } as WorkerResponse })
  }
}

function setup() {
  FakeWorker.made = []
  const client = createAnalysisClient(() => new FakeWorker())
  return { client, workers: FakeWorker.made }
}

const power = (quota: number): PowerJob => ({
  kind: 'power',
  seats: { a: 3, b: 2 },
  quota,
  bloc: [],
})
const outcome = (quota: number) => ({ kind: 'unreachable', seats: 5, quota })

describe('createAnalysisClient', () => {
  it('posts the job to a worker and resolves with its answer', async () => {
    const { client, workers } = setup()
    const answer = client.run('power', power(3))
    expect(workers).toHaveLength(1)
    expect(workers[0]!.posted).toEqual([{ id: 1, job: power(3) }])
    workers[0]!.reply(outcome(3))
    await expect(answer).resolves.toEqual(outcome(3))
  })

  it('cancels a running job when the same channel asks again, and ignores its late answer', async () => {
    const { client, workers } = setup()
    const first = client.run('power', power(3))
    const second = client.run('power', power(4))
    await expect(first).rejects.toBeInstanceOf(StaleRequestError)
    expect(workers[0]!.terminated).toBe(true)
    expect(workers).toHaveLength(2)
    workers[0]!.reply(outcome(3), 1)
    workers[1]!.reply(outcome(4))
    await expect(second).resolves.toEqual(outcome(4))
  })

  it('reuses an idle worker', async () => {
    const { client, workers } = setup()
    const first = client.run('power', power(3))
    workers[0]!.reply(outcome(3))
    await first
    const second = client.run('power', power(4))
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(false)
    workers[0]!.reply(outcome(4))
    await expect(second).resolves.toEqual(outcome(4))
  })

  it('runs channels side by side without cancelling each other', async () => {
    const { client, workers } = setup()
    const a = client.run('power', power(3))
    const b = client.run('finder', power(4))
    expect(workers).toHaveLength(2)
    workers[1]!.reply(outcome(4))
    workers[0]!.reply(outcome(3))
    await expect(a).resolves.toEqual(outcome(3))
    await expect(b).resolves.toEqual(outcome(4))
  })

  it('asks once for the same job twice in a row', async () => {
    const { client, workers } = setup()
    const first = client.run('power', power(3))
    const again = client.run('power', { ...power(3), seats: { b: 2, a: 3 } })
    expect(again).toBe(first)
    expect(workers[0]!.posted).toHaveLength(1)
    workers[0]!.reply(outcome(3))
    await expect(again).resolves.toEqual(outcome(3))
  })

  it('answers a finished job from its cache without asking the worker', async () => {
    const { client, workers } = setup()
    const first = client.run('power', power(3))
    workers[0]!.reply(outcome(3))
    await first
    expect(client.cached(power(3))).toEqual(outcome(3))
    await expect(client.run('power', power(3))).resolves.toEqual(outcome(3))
    expect(workers[0]!.posted).toHaveLength(1)
  })

  it('drops the least recently used outcome past the cache size', async () => {
    FakeWorker.made = []
    const client = createAnalysisClient(() => new FakeWorker(), { cacheSize: 1 })
    for (const quota of [3, 4]) {
      const run = client.run('power', power(quota))
      FakeWorker.made[0]!.reply(outcome(quota))
      await run
    }
    expect(client.cached(power(3))).toBeUndefined()
    expect(client.cached(power(4))).toEqual(outcome(4))
  })

  it('rejects with the message of an error the job threw', async () => {
    const { client, workers } = setup()
    const run = client.run('power', power(3))
    workers[0]!.onmessage?.({ data: { id: 1, ok: false, message: 'too large' } })
    await expect(run).rejects.toThrow('too large')
  })

  it('falls back to another kind of worker when a worker fails', async () => {
    FakeWorker.made = []
    let fallbacks = 0
    const client = createAnalysisClient(() => new FakeWorker(), {
      fallback: () => {
        fallbacks++
        return new FakeWorker()
      },
    })
    const run = client.run('power', power(3))
    FakeWorker.made[0]!.onerror?.(new Event('error'))
    expect(fallbacks).toBe(1)
    expect(FakeWorker.made[1]!.posted).toEqual([{ id: 1, job: power(3) }])
    FakeWorker.made[1]!.reply(outcome(3))
    await expect(run).resolves.toEqual(outcome(3))
  })

  it('rejects when a worker fails and there is nothing to fall back to', async () => {
    const { client, workers } = setup()
    const run = client.run('power', power(3))
    workers[0]!.onerror?.(new Event('error'))
    await expect(run).rejects.toThrow('the analysis worker failed')
  })

  it('stops a channel on cancel and every worker on dispose', async () => {
    const { client, workers } = setup()
    const a = client.run('power', power(3))
    const b = client.run('finder', power(4))
    client.cancel('power')
    await expect(a).rejects.toBeInstanceOf(StaleRequestError)
    client.dispose()
    await expect(b).rejects.toBeInstanceOf(StaleRequestError)
    expect(workers.every((w) => w.terminated)).toBe(true)
  })
})

describe('inlineWorker', () => {
  it('runs the job on the page a task later', async () => {
    const client = createAnalysisClient(inlineWorker)
    const job: AdditionsJob = {
      kind: 'additions',
      partyIds: ['a'],
      seats: { a: 40, b: 30, c: 20 },
      quota: 51,
      limit: 3,
    }
    const { additions } = await client.run('additions', job)
    expect(additions.map((a) => a.partyIds)).toEqual([['c'], ['b']])
  })
})
