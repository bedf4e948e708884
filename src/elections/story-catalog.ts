/**
 * The guided 2018 story, parsed and checked against its election once at start-up. A story that
 * fails its checks is left out (the app works without it) and its problems are kept for display.
 */
import storyFile from '../../data/story-2018.json'
import { catalog, findElection } from './catalog'
import { type Story, parseStory, storyProblems } from './parse-story'

export interface StoryCatalog {
  story: Story | undefined
  errors: readonly string[]
}

/** Parses a story file and checks it against the catalog's elections. */
export function loadStory(json: unknown, fileName: string, from = catalog): StoryCatalog {
  const parsed = parseStory(json, fileName)
  if (!parsed.ok) return { story: undefined, errors: parsed.errors }
  const election = findElection(parsed.value.electionId, from)
  if (!election)
    return {
      story: undefined,
      errors: [`${fileName}: electionId: unknown election "${parsed.value.electionId}"`],
    }
  const problems = storyProblems(parsed.value, election, fileName)
  return problems.length
    ? { story: undefined, errors: problems }
    : { story: parsed.value, errors: [] }
}

export const storyCatalog: StoryCatalog = loadStory(storyFile, 'data/story-2018.json')
