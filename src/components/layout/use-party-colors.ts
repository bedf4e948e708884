import { useMemo } from 'react'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useElection } from '../../scenario/selectors'
import { type FillPattern, colorFor, patternFor, swatchBackground } from './palette'

export interface PartyPaint {
  color: string
  pattern: FillPattern
  /** CSS `background` for a swatch: the colour, with the pattern on top. */
  background: string
}

/** Each list's colour and pattern in the reader's palette, by list id (stable: by data order). */
export function usePartyPaint(): ReadonlyMap<string, PartyPaint> {
  const election = useElection()
  const palette = useScenarioStore((s) => s.palette)
  return useMemo(
    () =>
      new Map(
        (election?.parties ?? []).map((party, index) => {
          const color = colorFor(party, index, palette)
          const pattern = patternFor(index, palette)
          return [party.id, { color, pattern, background: swatchBackground(color, pattern) }]
        }),
      ),
    [election, palette],
  )
}
