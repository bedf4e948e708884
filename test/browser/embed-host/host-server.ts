/**
 * A stand-in for another site that embeds Kutla: a small HTTP server on its own loopback port (so
 * its own origin) serving one page with the `<iframe>` from the share panel and the listener
 * docs/embed.md shows. `GET /?src=<frame address>&w=<width>&h=<height>&lang=<page language>`.
 */
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const escape = (text: string) =>
  text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!)

function hostPage(src: string, width: number, height: number, appOrigin: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A school page</title></head>
<body>
<main>
<h1>A school page</h1>
<iframe src="${escape(src)}" title="Kutla · coalition seat simulator" width="${width}" height="${height}" loading="lazy"></iframe>
</main>
<script src="/host.js" data-kutla-origin="${escape(appOrigin)}"></script>
</body>
</html>`
}

// The listener of docs/embed.md, plus a record of what arrived for the test to read.
const hostScript = `
const kutlaOrigin = document.currentScript.dataset.kutlaOrigin
window.kutlaHeights = []
window.addEventListener('message', (event) => {
  if (event.origin !== kutlaOrigin || event.data?.type !== 'kutla:height') return
  document.querySelector('iframe').height = String(event.data.height)
  window.kutlaHeights.push(event.data)
})
`

export interface HostServer {
  origin: string
  /** The host page framing `src`, `width`×`height`. */
  pageFor(src: string, width?: number, height?: number): string
  close(): Promise<void>
}

/** Starts the host on a free loopback port; `appOrigin` is where the frame's messages come from. */
export async function startHost(appOrigin: string): Promise<HostServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/host.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
      response.end(hostScript)
    } else if (url.pathname === '/') {
      const width = Number(url.searchParams.get('w') ?? 640)
      const height = Number(url.searchParams.get('h') ?? 600)
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(hostPage(url.searchParams.get('src') ?? '', width, height, appOrigin))
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    pageFor: (src, width = 640, height = 600) =>
      `${origin}/?${new URLSearchParams({ src, w: String(width), h: String(height) })}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
