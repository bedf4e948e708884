import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { LinkNotice } from '../../src/components/link-notice'
import { useLinkNoticeStore } from '../../src/scenario/link-notice-store'

beforeEach(() => useLinkNoticeStore.setState({ notice: null }))

describe('LinkNotice', () => {
  it('says what the link had that was ignored, as plain text, until dismissed', async () => {
    const user = userEvent.setup()
    render(<LinkNotice />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()

    useLinkNoticeStore.getState().showNotice({
      title: 'Some of this link could not be used',
      details: ['Ignored unknown list "<script>alert(1)</script…" in coalition 2.'],
    })

    const note = await screen.findByRole('region', { name: 'Some of this link could not be used' })
    expect(note).toHaveTextContent(
      'Ignored unknown list "<script>alert(1)</script…" in coalition 2.',
    )
    await user.click(screen.getByRole('button', { name: 'Dismiss this note about the link' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })
})
