/**
 * Runs analysis jobs (analysis-jobs.ts) in a Web Worker, one worker per channel, so a long
 * computation never blocks the page. On each channel only the newest request counts: asking again
 * while a job is running ends that worker (a running computation cannot be interrupted any other
 * way) and rejects the older promise with StaleRequestError. Finished outcomes are cached.
 */
import {
  type AnalysisJob,
  type AnalysisOutcome,
  type OutcomeOf,
  jobKey,
  runAnalysisJob,
} from './analysis-jobs'

/** What the page sends to a worker. */
export interface WorkerRequest {
  id: number
  job: AnalysisJob
}

/** What a worker answers: the outcome, or the message of the error the job threw. */
export type WorkerResponse =
  { id: number; ok: true; outcome: AnalysisOutcome } | { id: number; ok: false; message: string }

/** The part of a Worker the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void
  terminate(): void
  onmessage: ((event: { data: WorkerResponse }) => void) | null
  onerror: ((event: unknown) => void) | null
}

export type WorkerFactory = () => WorkerLike

/** The promise of a request that a newer one on the same channel replaced. */
export class StaleRequestError extends Error {
  constructor() {
    super('replaced by a newer request')
    this.name = 'StaleRequestError'
  }
}

export interface AnalysisClient {
  /** Runs a job on a channel, replacing whatever that channel was running. */
  run<J extends AnalysisJob>(channel: string, job: J): Promise<OutcomeOf<J>>
  /** The outcome of a job already finished, if still cached. */
  cached<J extends AnalysisJob>(job: J): OutcomeOf<J> | undefined
  /** Stops the channel's running job, if any (its promise rejects with StaleRequestError). */
  cancel(channel: string): void
  /** Stops every worker. */
  dispose(): void
}

export interface AnalysisClientOptions {
  /** Used from the first worker error on (e.g. workers refused by the browser). */
  fallback?: WorkerFactory
  /** Outcomes kept (default 32), least recently used dropped first. */
  cacheSize?: number
}

interface Pending {
  id: number
  key: string
  promise: Promise<AnalysisOutcome>
  resolve: (outcome: AnalysisOutcome) => void
  reject: (error: Error) => void
  job: AnalysisJob
}

interface Channel {
  worker: WorkerLike | null
  pending: Pending | null
}

/**
 * A client over workers made by `createWorker`.
 *
 * @example const client = createAnalysisClient(() => new Worker(url, { type: 'module' }))
 *          await client.run('power', { kind: 'power', seats, quota: 165, bloc: [] })
 */
export function createAnalysisClient(
  createWorker: WorkerFactory,
  options: AnalysisClientOptions = {},
): AnalysisClient {
  const channels = new Map<string, Channel>()
  const cache = new Map<string, AnalysisOutcome>()
  const cacheSize = options.cacheSize ?? 32
  let factory = createWorker
  let nextId = 0

  const channelOf = (name: string): Channel => {
    let channel = channels.get(name)
    if (!channel) channels.set(name, (channel = { worker: null, pending: null }))
    return channel
  }

  const remember = (key: string, outcome: AnalysisOutcome) => {
    cache.delete(key)
    cache.set(key, outcome)
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value!)
  }

  const stop = (channel: Channel) => {
    channel.worker?.terminate()
    channel.worker = null
  }

  const send = (channel: Channel, pending: Pending) => {
    const worker = (channel.worker ??= factory())
    worker.onmessage = ({ data }) => {
      if (channel.pending?.id !== data.id) return
      const done = channel.pending
      channel.pending = null
      if (data.ok) {
        remember(done.key, data.outcome)
        done.resolve(data.outcome)
      } else {
        done.reject(new Error(data.message))
      }
    }
    worker.onerror = () => {
      stop(channel)
      const failed = channel.pending
      if (!failed) return
      if (options.fallback && factory !== options.fallback) {
        factory = options.fallback
        send(channel, failed)
      } else {
        channel.pending = null
        failed.reject(new Error('the analysis worker failed'))
      }
    }
    worker.postMessage({ id: pending.id, job: pending.job })
  }

  const cancel = (name: string) => {
    const channel = channels.get(name)
    const pending = channel?.pending
    if (!channel || !pending) return
    channel.pending = null
    stop(channel)
    pending.reject(new StaleRequestError())
  }

  return {
    run<J extends AnalysisJob>(name: string, job: J): Promise<OutcomeOf<J>> {
      const key = jobKey(job)
      const channel = channelOf(name)
      if (channel.pending?.key === key) return channel.pending.promise as Promise<OutcomeOf<J>>
      cancel(name)
      const hit = cache.get(key)
      if (hit) {
        remember(key, hit)
        return Promise.resolve(hit as OutcomeOf<J>)
      }
      let resolve!: (outcome: AnalysisOutcome) => void
      let reject!: (error: Error) => void
      const promise = new Promise<AnalysisOutcome>((yes, no) => {
        resolve = yes
        reject = no
      })
      const pending: Pending = { id: ++nextId, key, promise, resolve, reject, job }
      channel.pending = pending
      send(channel, pending)
      return promise as Promise<OutcomeOf<J>>
    },
    cached<J extends AnalysisJob>(job: J) {
      return cache.get(jobKey(job)) as OutcomeOf<J> | undefined
    },
    cancel,
    dispose() {
      for (const name of channels.keys()) cancel(name)
      for (const channel of channels.values()) stop(channel)
    },
  }
}

/**
 * A stand-in for a worker that runs jobs on the page, one task later: for browsers (and test
 * environments) without workers. Terminating it drops the answer of a job not yet started.
 */
export function inlineWorker(): WorkerLike {
  let alive = true
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage({ id, job }) {
      setTimeout(() => {
        if (!alive) return
        let data: WorkerResponse
        try {
          data = { id, ok: true, outcome: runAnalysisJob(job) }
        } catch (error) {
          data = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
        }
        worker.onmessage?.({ data })
      }, 0)
    },
    terminate() {
      alive = false
    },
  }
  return worker
}

/** A module worker running analysis.worker.ts, or the inline stand-in where workers are missing. */
export function browserWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return inlineWorker()
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'kutla-analysis',
  }) as unknown as WorkerLike
}

let shared: AnalysisClient | null = null

/** The page's one client, made on first use. */
export function getAnalysisClient(): AnalysisClient {
  return (shared ??= createAnalysisClient(browserWorker, { fallback: inlineWorker }))
}
