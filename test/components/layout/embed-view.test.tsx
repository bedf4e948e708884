import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app'
import { embedView } from '../../../src/components/layout/embed-lazy'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

const origin = window.location.origin
const store = () => useScenarioStore.getState()

// The view's code loads on its own; the app waits for it before drawing an embed (main.tsx).
await embedView.preload()

describe('App in the embed view', () => {
  it('shows the coalitions, their verdict and the lists, without header, tabs or footer', async () => {
    const user = userEvent.setup()
    store().setView('embed')
    store().toggleParty('sairoon')
    render(<App />)

    expect(screen.queryByRole('banner')).toBeNull()
    expect(screen.queryByRole('contentinfo')).toBeNull()
    expect(screen.queryByRole('tablist')).toBeNull()
    expect(screen.getByRole('heading', { level: 1, name: 'Kutla' })).toBeInTheDocument()
    const overview = screen.getByRole('region', { name: 'Coalitions' })
    expect(overview).toHaveTextContent('54 seats — 111 short of a majority')

    const lists = screen.getByRole('region', { name: 'Lists' })
    await user.click(within(lists).getByRole('button', { name: /^Fatah/ }))

    expect(overview).toHaveTextContent('101 seats — 64 short of a majority')
  })

  it('links to the same scenario in the full app, in a new tab', () => {
    store().setView('embed')
    store().setLocale('ar')
    store().toggleParty('nasr')
    render(<App />)

    const open = screen.getByRole('link', { name: /افتح في كتلة/ })
    expect(open).toHaveAttribute('href', `${origin}/?v=1&c=nasr&l=ar`)
    expect(open).toHaveAttribute('target', '_blank')
    expect(open).toHaveAttribute('rel', 'noopener')
    expect(open).toHaveAccessibleName('افتح في كتلة (يُفتح في علامة تبويب جديدة)')
  })
})
