import { ChamberSummary } from './components/chamber-summary'
import { ChartPanel } from './components/chart-panel'
import { CoalitionPanel } from './components/coalition-panel'
import { PartyList } from './components/party-list'
import { SourcesPanel } from './components/sources-panel'
import { VerdictAnnouncer } from './components/verdict-announcer'
import { catalog } from './elections/catalog'
import { useElection } from './scenario/selectors'

/** Page layout only. */
export function App() {
  const election = useElection()
  if (!election) return <DataError errors={catalog.errors} />
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the lists
      </a>
      <header className="site-header">
        <h1>
          Kutla <span className="muted">· coalition seat simulator</span>
        </h1>
        <p className="subtitle">
          {election.title}
          <span lang="ar" dir="rtl" className="subtitle-ar">
            {election.titleAr}
          </span>
        </p>
      </header>
      <ChamberSummary />
      <main id="main" className="layout">
        <PartyList />
        <div className="right-column">
          <CoalitionPanel />
          <ChartPanel />
        </div>
      </main>
      <footer>
        <SourcesPanel />
      </footer>
      <VerdictAnnouncer />
    </>
  )
}

/** Shown instead of the app when the shipped data cannot be read. */
export function DataError({ errors }: { errors: readonly string[] }) {
  return (
    <main className="data-error" role="alert">
      <h1>Kutla cannot show this election</h1>
      <p>The election data shipped with the app did not pass its checks:</p>
      <ul>
        {(errors.length ? errors : ['No election data was found.']).slice(0, 20).map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
    </main>
  )
}
