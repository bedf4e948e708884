/** Gzip level used by the server and by the benchmark's byte counts. */
export declare const GZIP_LEVEL: number

/** One request the server received (bytes: the body sent, gzip where the file is compressible). */
export interface RequestLogEntry {
  path: string
  /** The browser's Sec-Fetch-Dest header: `script`, `style`, `empty` (fetch()), `serviceworker`, … */
  dest: string
  /** Path of the Referer header ('' without one): for a service worker's requests, its script. */
  referrer: string
  bytes: number
  done: boolean
}

/** Serves `root` under `base` on 127.0.0.1 (port 0 picks a free port), logging every request. */
export declare function serveStatic(options: {
  root: string
  base?: string
  port?: number
  host?: string
}): Promise<{ url: string; port: number; requests: RequestLogEntry[]; close: () => Promise<void> }>
