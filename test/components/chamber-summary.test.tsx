import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ChamberSummary } from '../../src/components/chamber-summary'
import { useScenarioStore } from '../../src/scenario/scenario-store'

describe('ChamberSummary', () => {
  it('gives the chamber, the line and the coalition being edited', () => {
    for (const id of ['sairoon', 'fatah']) useScenarioStore.getState().toggleParty(id)
    render(<ChamberSummary />)
    const summary = screen.getByRole('region', { name: 'Chamber summary' })
    expect(summary).toHaveTextContent('329 seats')
    expect(summary).toHaveTextContent('165 for a majority')
    expect(summary).toHaveTextContent('101 in “Sairoon + Fatah”: 64 seats short')
  })

  it('speaks Arabic, with dates in Iraqi month names and the version labels from the data', async () => {
    const user = userEvent.setup()
    useScenarioStore.getState().setLocale('ar')
    useScenarioStore.getState().setDigits('arabic')
    render(<ChamberSummary />)
    const summary = screen.getByRole('region', { name: 'ملخّص المجلس' })
    expect(summary).toHaveTextContent('٣٢٩ مقعدًا')
    expect(summary).toHaveTextContent('١٦٥ للأغلبية المطلقة')
    const versions = within(summary).getByRole('group', { name: 'أرقام المقاعد' })
    expect(
      within(versions).getByRole('radio', { name: /النتائج المعلنة \(١٩ أيار ٢٠١٨\)/ }),
    ).toBeChecked()
    await user.click(
      within(versions).getByRole('radio', { name: /النتائج المصادق عليها بعد إعادة العد/ }),
    )
    expect(useScenarioStore.getState().versionId).toBe('final2018')
    await user.click(screen.getByRole('button', { name: 'إعادة الضبط' }))
    expect(useScenarioStore.getState().versionId).toBe('may2018')
    expect(useScenarioStore.getState().locale).toBe('ar')
  })
})
