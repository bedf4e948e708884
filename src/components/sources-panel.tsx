import { useElection, useVersion } from '../scenario/selectors'
import { formatDate } from './version-switch'

/** Where the figures shown come from, and what is uncertain about them. */
export function SourcesPanel() {
  const election = useElection()
  const version = useVersion()
  if (!election || !version) return null
  const byId = new Map(election.sources.map((s) => [s.id, s]))
  return (
    <section aria-labelledby="sources-heading" className="panel sources-panel">
      <h2 id="sources-heading">Sources: {version.label.toLowerCase()}</h2>
      <p>{version.description}</p>
      <ul className="source-list">
        {version.sourceIds.map((id) => {
          const s = byId.get(id)
          if (!s) return null
          return (
            <li key={id}>
              <a href={s.url} rel="noreferrer noopener" target="_blank">
                {s.publisher ?? new URL(s.url).hostname}
                {s.title ? `: ${s.title}` : ''}
              </a>
              {s.date && <span className="muted"> ({formatDate(s.date)})</span>}
            </li>
          )
        })}
      </ul>
      <details>
        <summary>What is uncertain</summary>
        <ul>
          {election.uncertainties.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
        <p className="muted">{election.chamberNote}</p>
      </details>
    </section>
  )
}
