import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineScriptHashes } from '../../src/build-csp'
import { antiFlashScript } from '../../src/prerender-page'

const read = (file: string) => readFileSync(`deploy/${file}`, 'utf8')

/** The header policy of a build: the meta tag's, with the hash of its inline script, and frame-ancestors. */
const policy = contentSecurityPolicy(
  'header',
  inlineScriptHashes(`<script>${antiFlashScript()}</script>`),
)

describe('deploy/', () => {
  it('sends the policy the build writes into its pages, with frame-ancestors', () => {
    expect(policy).toContain('frame-ancestors *')
    expect(policy).not.toContain('unsafe')
    const nginx = /add_header Content-Security-Policy "([^"]*)" always;/.exec(read('kutla.conf'))
    expect(nginx?.[1]).toBe(policy)
    const headers = /^ {2}Content-Security-Policy: (.*)$/m.exec(read('_headers'))
    expect(headers?.[1]).toBe(policy)
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
