import { useT } from '../../i18n/use-t'
import { ChamberOptions } from './chamber-options'
import { ParliamentFilePanel } from './parliament-file-panel'
import { SeatEditor } from './seat-editor'
import './what-if.css'

/**
 * "What if": edit the figures and the lists, choose the chamber's rules, bring a parliament (the
 * parliament shown is chosen in the header).
 */
export function WhatIfPanel() {
  const { t } = useT('whatif')
  return (
    <section aria-labelledby="whatif-heading" className="panel whatif-panel">
      <h2 id="whatif-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <ChamberOptions />
      <SeatEditor />
      <ParliamentFilePanel />
    </section>
  )
}
