import { Component, type ReactNode, useState } from 'react'
import { useT } from '../../i18n/use-t'
import { pickScenario, useScenarioStore } from '../../scenario/scenario-store'
import { scenarioLink } from '../../scenario/url-sync'
import { retryFailedImports } from './lazy-with-retry'

interface BoundaryProps {
  /**
   * Which panel this is, as a key of `panel.names` in the `reliability` messages ('chart',
   * 'hemicycle', …); an unknown name reads as "this part of the page".
   */
  name: string
  children: ReactNode
}

interface BoundaryState {
  failed: boolean
}

/**
 * Keeps a render error in one panel from taking the page down: the panel is replaced by a note
 * with "Try again" and the link to the scenario that broke it, to report. React logs the error.
 */
export class PanelBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: false }

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true }
  }

  render() {
    if (!this.state.failed) return this.props.children
    const retry = () => {
      // A panel that failed because its code did not arrive loads it afresh.
      retryFailedImports()
      this.setState({ failed: false })
    }
    return <PanelFailure name={this.props.name} onRetry={retry} />
  }
}

/** The link to the scenario on screen; the page's address if the scenario cannot be written. */
function useReportLink(): string {
  return useScenarioStore((s) => {
    try {
      return scenarioLink(pickScenario(s))
    } catch {
      return window.location.href
    }
  })
}

function PanelFailure({ name, onRetry }: { name: string; onRetry: () => void }) {
  const { t } = useT('reliability')
  const link = useReportLink()
  const [copied, setCopied] = useState(false)
  const panel = t(`panel.names.${name}`, { defaultValue: t('panel.names.other') })

  async function copy() {
    try {
      await navigator.clipboard.writeText(link)
      setCopied(true)
    } catch {
      // Copying refused: the link stays in the field, which selects itself when focused.
    }
  }

  return (
    <section role="alert" className="panel panel-error">
      <p>{t('panel.failed', { panel })}</p>
      <p>
        <button type="button" onClick={onRetry}>
          {t('panel.retry')}
        </button>
      </p>
      <label className="name-field">
        <span>{t('panel.report')}</span>
        <input
          type="text"
          readOnly
          dir="ltr"
          aria-label={t('panel.reportLabel', { panel })}
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <p>
        <button type="button" onClick={() => void copy()}>
          {t('panel.copy')}
        </button>{' '}
        <span role="status">{copied ? t('panel.copied') : ''}</span>
      </p>
    </section>
  )
}
