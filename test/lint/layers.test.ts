/**
 * The one-way import rule is enforced by ESLint (eslint.config.js, `layerZones`). These tests
 * lint small sources as if they were files of each layer, through ESLint's Node API and the
 * project's own config, and check that an import running back up fails while one running down
 * passes.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** The messages of `no-restricted-imports` for a source placed at `filePath`. */
async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

const UP: [file: string, source: string][] = [
  ['src/coalition/x.ts', "import { catalog } from '../elections/catalog'\n"],
  ['src/elections/x.ts', "import { useScenarioStore } from '../scenario/scenario-store'\n"],
  ['src/elections/x.ts', "import type { Translate } from '../i18n/use-t'\n"],
  ['src/elections/x.ts', "import { create } from 'zustand'\n"],
  ['src/elections/x.ts', "import { useState } from 'react'\n"],
  ['src/scenario/x.ts', "import { linkProblemText } from '../i18n/problem-text'\n"],
  ['src/scenario/x.ts', "import { Hemicycle } from '../components/charts/hemicycle'\n"],
  ['src/i18n/x.ts', "import { LinkNotice } from '../components/share/link-notice'\n"],
  ['src/scenario/x.ts', "import { BarChart } from 'recharts'\n"],
  ['src/components/layout/x.tsx', "import { BarChart } from 'recharts'\n"],
]

const DOWN: [file: string, source: string][] = [
  ['src/elections/x.ts', "import { majorityThreshold } from '../coalition/majority'\n"],
  ['src/scenario/x.ts', "import { catalog } from '../elections/catalog'\n"],
  ['src/i18n/x.ts', "import { useScenarioStore } from '../scenario/scenario-store'\n"],
  ['src/components/x/y.tsx', "import { useT } from '../../i18n/use-t'\n"],
  ['src/components/charts/x.tsx', "import { BarChart } from 'recharts'\n"],
]

describe('lint zones: imports point one way', () => {
  it.each(UP)('refuses in %s: %s', async (file, source) => {
    expect(await restricted(file, source)).toHaveLength(1)
  })

  it.each(DOWN)('allows in %s: %s', async (file, source) => {
    expect(await restricted(file, source)).toEqual([])
  })
})
