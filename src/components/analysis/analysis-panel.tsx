import { Suspense } from 'react'
import { useT } from '../../i18n/use-t'
import { lazyWithRetry } from '../layout/lazy-with-retry'
import './analysis.css'

// The analysis (and the power and minimal-winning math behind it) sits below the fold: it loads
// on its own so the lists are usable first.
const AnalysisContent = lazyWithRetry(() => import('./analysis-content'))

/**
 * "Coalition analysis": the threshold ladder, who a coalition needs, every minimal winning
 * coalition and each list's voting power, against the rung chosen here.
 */
export function AnalysisPanel() {
  const { t } = useT('analysis')
  return (
    <section aria-labelledby="analysis-heading" className="panel analysis-panel">
      <h2 id="analysis-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <Suspense fallback={<p className="hint">{t('loading')}</p>}>
        <AnalysisContent />
      </Suspense>
    </section>
  )
}
