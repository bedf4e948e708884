/**
 * Pure: what the store holds while a step of the story is shown. Steps are numbered from 1, as
 * the reader sees them ("Step 3 of 7"), and that number is what `storyStep` and links carry.
 */
import type { Story } from '../elections/parse-story'
import { type ScenarioState, initialScenario } from './scenario-store'

/**
 * A step number that exists: whole, from 1 to the number of steps.
 *
 * @example clampStoryStep(0, 7) // 1
 * @example clampStoryStep(9, 7) // 7
 */
export function clampStoryStep(step: number, stepCount: number): number {
  if (!Number.isFinite(step)) return 1
  return Math.min(Math.max(1, Math.floor(step)), Math.max(1, stepCount))
}

/**
 * The scenario of step `step` (1-based, clamped): its election, seat version and coalitions (named
 * in the reader's language where the story gives a name in it), its active coalition, the edits
 * of the chamber it makes (seats, added lists; none in most steps), and otherwise the opening
 * state (the majority as threshold, no challenge).
 * The reader's language, digits, palette and view are kept from `current`.
 *
 * @example storyStepScenario(story, 2, state).storyStep // 2
 */
export function storyStepScenario(
  story: Story,
  step: number,
  current: ScenarioState,
): ScenarioState {
  const number = clampStoryStep(step, story.steps.length)
  const { scenario } = story.steps[number - 1]!
  return {
    ...initialScenario(story.electionId),
    versionId: scenario.versionId,
    coalitions: scenario.coalitions.map((c) => ({
      id: c.id,
      name: (current.locale === 'ar' ? c.nameAr : undefined) ?? c.name,
      partyIds: [...c.partyIds],
    })),
    activeCoalitionId: scenario.activeCoalitionId,
    // A step that edits the chamber (resignations, replacements) carries its edits.
    ...(scenario.seatEdits ? { seatEdits: { ...scenario.seatEdits } } : {}),
    ...(scenario.addedLists
      ? {
          listOps: scenario.addedLists.map((l) => ({
            kind: 'add' as const,
            id: l.id,
            name: (current.locale === 'ar' ? l.nameAr : undefined) ?? l.name,
            seats: l.seats,
            color: l.color,
            camp: l.camp,
          })),
        }
      : {}),
    locale: current.locale,
    digits: current.digits,
    view: current.view,
    storyStep: number,
    palette: current.palette,
    theme: current.theme,
  }
}
