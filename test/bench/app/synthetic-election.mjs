// A synthetic chamber for the app benchmark: the 2018 election with extra small lists added until
// there are `lists` of them (200 by default). The real lists keep their ids, so anything that
// names them still works; the chamber grows by the seats added. Deterministic: same input, same file.
import { readFileSync, writeFileSync } from 'node:fs'

/**
 * @param {string} sourceFile path of data/iraq-2018.json
 * @param {number} lists how many lists the chamber should have
 */
export function syntheticElection(sourceFile, lists = 200) {
  const election = JSON.parse(readFileSync(sourceFile, 'utf8'))
  const versionIds = election.versions.map((v) => v.id)
  const sourceId = election.sources[0].id
  const camps = [...new Set(election.parties.map((p) => p.camp))]
  const extra = Math.max(0, lists - election.parties.length)
  let added = 0
  for (let i = 1; i <= extra; i++) {
    // 1 to 4 seats, the same in every version: small lists, as in the real chamber's long tail.
    const seats = 1 + ((i * 7) % 4)
    added += seats
    election.parties.push({
      id: `synthetic-${String(i).padStart(3, '0')}`,
      name: `Synthetic List ${i}`,
      shortName: `Synthetic ${i}`,
      nameAr: `قائمة تجريبية ${i}`,
      altNames: [],
      leader: null,
      camp: camps[i % camps.length],
      color: `#${hex((i * 47) % 256)}${hex((i * 91) % 256)}${hex((i * 151) % 256)}`,
      seats: Object.fromEntries(versionIds.map((v) => [v, seats])),
      sourceIds: [sourceId],
    })
  }
  election.chamberSize += added
  election.title = `${election.title} (synthetic: ${election.parties.length} lists)`
  return election
}

function hex(n) {
  return n.toString(16).padStart(2, '0')
}

/** Writes the synthetic election to `outFile` and returns its list count and chamber size. */
export function writeSyntheticElection(sourceFile, outFile, lists = 200) {
  const election = syntheticElection(sourceFile, lists)
  writeFileSync(outFile, JSON.stringify(election))
  return { lists: election.parties.length, chamberSize: election.chamberSize }
}
