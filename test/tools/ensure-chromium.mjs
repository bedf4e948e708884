#!/usr/bin/env node
// Finds a Chromium for the browser tests, or installs one the way this platform expects.
// Order: $CHROME_PATH, the system's chromium, Playwright's own download. Prints what it does.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean)

function found() {
  return candidates.find((p) => existsSync(p))
}

function playwrightHasBrowser() {
  try {
    const out = execFileSync(
      process.execPath,
      ['-e', "console.log(require('playwright-core').chromium.executablePath())"],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim()
    return out && existsSync(out) ? out : undefined
  } catch {
    return undefined
  }
}

const isDebian = existsSync('/etc/debian_version')
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

let path = found() ?? playwrightHasBrowser()
if (path) {
  console.log(`Browser tests will use Chromium at ${path}`)
  process.exit(0)
}

if (isDebian && isRoot) {
  const os =
    readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="?([^"\n]*)/)?.[1] ?? 'Debian'
  console.log(`No Chromium found: installing Debian's chromium package on ${os} (apt-get)…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    })
  if (install && install.status === 0 && found()) {
    console.log(`Installed Chromium at ${found()}`)
    process.exit(0)
  }
  console.error("Installing Debian's chromium failed; trying Playwright's own browser instead.")
}

console.log('No Chromium found: running `npx playwright install chromium` (downloads a browser)…')
const pw = spawnSync('npx', ['playwright', 'install', 'chromium'], {
  stdio: 'inherit',
  shell: true,
})
path = playwrightHasBrowser()
if (pw.status === 0 && path) {
  console.log(`Installed Playwright's Chromium at ${path}`)
  process.exit(0)
}
console.error(
  'Could not find or install Chromium. Install one and point CHROME_PATH at it, e.g. CHROME_PATH=/usr/bin/chromium npm test',
)
process.exit(1)
