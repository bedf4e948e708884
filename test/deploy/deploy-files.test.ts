import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  EMBED_FRAME_ANCESTORS,
  contentSecurityPolicy,
  inlineScriptHashes,
} from '../../src/build-csp'
import { antiFlashScript } from '../../src/prerender-page'

const read = (file: string) => readFileSync(`deploy/${file}`, 'utf8')

/** The header policy of a build: the meta tag's, with the hash of its inline script, and frame-ancestors. */
const hashes = inlineScriptHashes(`<script>${antiFlashScript()}</script>`)
const policy = contentSecurityPolicy('header', hashes)

describe('deploy/', () => {
  it('sends the policy the build writes into its pages, the app framed by itself alone', () => {
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).not.toContain('unsafe')
    const conf = read('kutla.conf')
    const nginx = /add_header Content-Security-Policy "([^"]*)" always;/.exec(conf)
    expect(nginx?.[1]).toBe(contentSecurityPolicy('header', hashes, '$kutla_frame_ancestors'))
    // The map: any site for the embed view, the app's own pages for the rest.
    const map = /map \$arg_vw \$kutla_frame_ancestors \{([^}]*)\}/.exec(conf)?.[1] ?? ''
    expect(/^\s*embed\s+"([^"]*)";/m.exec(map)?.[1]).toBe(EMBED_FRAME_ANCESTORS)
    expect(/^\s*default\s+"([^"]*)";/m.exec(map)?.[1]).toBe("'self'")
  })

  it('lets any site frame every page where the host cannot tell the embed by its query', () => {
    const headers = /^ {2}Content-Security-Policy: (.*)$/m.exec(read('_headers'))
    expect(headers?.[1]).toBe(contentSecurityPolicy('header', hashes, EMBED_FRAME_ANCESTORS))
  })

  it('sets each Cache-Control of _headers once per path (hosts join repeated values)', () => {
    const rules = read('_headers')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
    const paths: string[] = []
    const cached: string[] = []
    for (const line of rules) {
      if (!line.startsWith(' ')) paths.push(line)
      else if (line.trim().startsWith('Cache-Control:')) cached.push(paths.at(-1)!)
    }
    expect(new Set(cached).size).toBe(cached.length)
    expect(cached).not.toContain('/*')
    expect(cached).toEqual(expect.arrayContaining(['/assets/*', '/', '/ar/', '/sw.js']))
  })
})
