/**
 * Custom classroom tasks as link-safe ids (`my-n4-m-x-sairoon`): pure, and light enough for the
 * first load, which reads a `ch=` link before anything else of the challenges is needed.
 */
import type { ChallengeRule } from './challenges'
import type { PartyId } from './types'

/** Ids of custom tasks start with this word. */
export const CUSTOM_CHALLENGE_PREFIX = 'my'

/**
 * A custom task as a link-safe id: `my`, then `t2` for two-thirds, `n4` for at most 4 lists,
 * `m` for minimal winning, `xc-<camp>` per excluded camp and `x-<list>` per excluded list.
 * Beating other lists is kept for the ready-made tasks.
 *
 * @example encodeChallengeId({ target: { kind: 'majority' }, excludeLists: ['sairoon'], excludeCamps: [], maxLists: 4, minimal: true }) // 'my-n4-m-x-sairoon'
 */
export function encodeChallengeId(rule: ChallengeRule): string {
  const parts = [CUSTOM_CHALLENGE_PREFIX]
  if (rule.target.kind === 'two-thirds') parts.push('t2')
  if (rule.maxLists !== null) parts.push(`n${rule.maxLists}`)
  if (rule.minimal) parts.push('m')
  for (const camp of [...new Set(rule.excludeCamps)].sort()) parts.push('xc', camp)
  for (const id of [...new Set(rule.excludeLists)].sort()) parts.push('x', id)
  return parts.join('-')
}

/**
 * Reads a custom task id back, checking every list and camp against the known ones.
 * Returns null for anything else (a ready-made id, a typo, an unknown list).
 *
 * @example decodeChallengeId('my-t2-xc-kurdish', ['sairoon'], ['kurdish'])?.target // { kind: 'two-thirds' }
 */
export function decodeChallengeId(
  id: string,
  knownLists: readonly PartyId[],
  knownCamps: readonly string[],
): ChallengeRule | null {
  const tokens = id.split('-')
  if (tokens[0] !== CUSTOM_CHALLENGE_PREFIX) return null
  const rule: ChallengeRule = {
    target: { kind: 'majority' },
    excludeLists: [],
    excludeCamps: [],
    maxLists: null,
    minimal: false,
  }
  const lists = new Set(knownLists)
  const camps = new Set(knownCamps)
  const isKeyword = (t: string) =>
    t === 't2' || t === 'm' || t === 'x' || t === 'xc' || /^n[0-9]+$/.test(t)
  let i = 1
  while (i < tokens.length) {
    const token = tokens[i]!
    i++
    if (token === 't2' && rule.target.kind === 'majority') rule.target = { kind: 'two-thirds' }
    else if (token === 'm' && !rule.minimal) rule.minimal = true
    else if (/^n[1-9][0-9]?$/.test(token) && rule.maxLists === null)
      rule.maxLists = Number(token.slice(1))
    else if (token === 'x' || token === 'xc') {
      const name: string[] = []
      while (i < tokens.length && !isKeyword(tokens[i]!)) name.push(tokens[i++]!)
      const value = name.join('-')
      if (token === 'x' && lists.has(value)) rule.excludeLists = [...rule.excludeLists, value]
      else if (token === 'xc' && camps.has(value)) rule.excludeCamps = [...rule.excludeCamps, value]
      else return null
    } else return null
  }
  return rule
}
