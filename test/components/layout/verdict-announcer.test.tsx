import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { VerdictAnnouncer } from '../../../src/components/layout/verdict-announcer'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

function liveRegion() {
  const region = document.querySelector('[aria-live]')
  expect(region).toHaveAttribute('aria-live', 'polite')
  return region!
}

describe('VerdictAnnouncer', () => {
  it('announces the verdict of the coalition being edited when it changes', () => {
    render(<VerdictAnnouncer />)
    act(() => {
      useScenarioStore.getState().toggleParty('sairoon')
      useScenarioStore.getState().toggleParty('fatah')
    })
    expect(liveRegion()).toHaveTextContent('Sairoon + Fatah: 101 seats — 64 short of a majority')
  })

  it('announces in Arabic', () => {
    useScenarioStore.getState().setLocale('ar')
    render(<VerdictAnnouncer />)
    act(() => {
      for (const id of ['sairoon', 'fatah', 'nasr', 'kdp'])
        useScenarioStore.getState().toggleParty(id)
    })
    expect(liveRegion()).toHaveTextContent(
      'سائرون + الفتح + النصر + الديمقراطي الكردستاني: 168 مقعدًا — أغلبية مطلقة بفائض 3 مقاعد',
    )
    expect(screen.queryByText(/seats/)).not.toBeInTheDocument()
  })
})
