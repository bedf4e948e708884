import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { qrPath } from '../../../src/components/classroom/qr-code'
import { QrLink } from '../../../src/components/classroom/qr-link'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

describe('qrPath', () => {
  it('draws the smallest code that holds the text, and gives up on a text no code holds', () => {
    expect(qrPath('HELLO')?.size).toBe(21)
    expect(qrPath('https://example.org/?v=1')?.size).toBe(25)
    expect(qrPath('HELLO')?.path).toMatch(/^M0 0h7v1h-7z/)
    expect(qrPath('x'.repeat(5000))).toBeNull()
  })
})

describe('QrLink', () => {
  it('shows a large QR code of the current link, and closes', async () => {
    const user = userEvent.setup()
    useScenarioStore.getState().toggleParty('sairoon')
    useScenarioStore.getState().setView('projector')
    render(<QrLink />)
    await user.click(screen.getByRole('button', { name: 'QR code' }))
    const dialog = screen.getByRole('dialog', { name: 'Scan to open this scenario' })
    expect(
      within(dialog).getByRole('img', { name: 'QR code of the link to this scenario' }),
    ).toBeInTheDocument()
    expect(dialog).toHaveTextContent(/\?v=1.*c=sairoon/)
    // Students scan it for their own screens: the link leaves the projector view out.
    expect(dialog).not.toHaveTextContent('vw=projector')
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
