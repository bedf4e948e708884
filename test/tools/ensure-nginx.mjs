#!/usr/bin/env node
// Finds nginx for the deployment test (test/browser/deploy-nginx.spec.ts), or installs it the way
// this platform expects: Debian's nginx package, as root, with apt-get. Prints what it does.
// Order: $NGINX_PATH, /usr/sbin/nginx, nginx on the PATH. Exits 1 when there is none.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** The nginx binary, or undefined. */
export function findNginx() {
  const known = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(
    (p) => p && existsSync(p),
  )
  if (known) return known
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/** Finds nginx, installing Debian's package where that is possible; undefined if neither. */
export function ensureNginx() {
  const found = findNginx()
  if (found) return found
  const isDebian = existsSync('/etc/debian_version')
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isDebian || !isRoot) {
    console.error(
      'No nginx found, and it can be installed here only as root on Debian. Install nginx (e.g. `apt-get install nginx-light`, `brew install nginx`) or point NGINX_PATH at it.',
    )
    return undefined
  }
  const os =
    readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="?([^"\n]*)/)?.[1] ?? 'Debian'
  console.log(`No nginx found: installing Debian's nginx-light package on ${os} (apt-get)…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx-light'], {
      stdio: 'inherit',
      env,
    })
  const installed = install && install.status === 0 ? findNginx() : undefined
  if (installed) console.log(`Installed nginx at ${installed}`)
  else console.error("Installing Debian's nginx-light failed.")
  return installed
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = ensureNginx()
  if (path) console.log(`The deployment test will use nginx at ${path}`)
  process.exit(path ? 0 : 1)
}
