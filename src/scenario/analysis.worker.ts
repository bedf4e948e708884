/**
 * The analysis worker: runs the jobs of analysis-jobs.ts off the page's thread for large chambers.
 * Started by analysis-client.ts; one message in, one message out per job.
 */
import type { WorkerRequest, WorkerResponse } from './analysis-client'
import { runAnalysisJob } from './analysis-jobs'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, job } = event.data
  let response: WorkerResponse
  try {
    response = { id, ok: true, outcome: runAnalysisJob(job) }
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
