/** Gzip level used by the server and by the benchmark's byte counts. */
export declare const GZIP_LEVEL: number

/** Serves `root` under `base` on 127.0.0.1 (port 0 picks a free port). */
export declare function serveStatic(options: {
  root: string
  base?: string
  port?: number
  host?: string
}): Promise<{ url: string; port: number; close: () => Promise<void> }>
