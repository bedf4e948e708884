import { AcrossElections } from './across-elections'
import { CoalitionFinder } from './coalition-finder'
import { NeededMembers } from './needed-members'
import { ThresholdLadder } from './threshold-ladder'
import { ThresholdPicker } from './threshold-picker'
import { VotingPower } from './voting-power'

/** The analysis itself, loaded on its own after the page is usable (see analysis-panel.tsx). */
export function AnalysisContent() {
  return (
    <>
      <ThresholdPicker />
      <ThresholdLadder />
      <NeededMembers />
      <CoalitionFinder />
      <VotingPower />
      <AcrossElections />
    </>
  )
}

export default AnalysisContent
