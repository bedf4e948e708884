#!/usr/bin/env node
// Opens a page of the built app in headless Chromium and saves a screenshot:
//   node test/tools/screenshot.mjs "http://127.0.0.1:4173/?..." out.png [width] [height] [click-text ...]
import { chromium } from '@playwright/test'

const [url = 'http://127.0.0.1:4173/', out = 'screenshot.png', w = '1280', h = '900', ...clicks] =
  process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } })
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`))
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`))
await page.goto(url)
for (const name of clicks) await page.getByRole('button', { name, exact: false }).first().click()
await page.waitForTimeout(400)
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' })
console.log(`saved ${out}; url now ${page.url()}`)
await browser.close()
