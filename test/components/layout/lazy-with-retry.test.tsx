import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { lazyWithRetry } from '../../../src/components/layout/lazy-with-retry'
import { PanelBoundary } from '../../../src/components/layout/panel-boundary'

function Chart({ title }: { title: string }) {
  return <p>{title} drawn</p>
}

/** An import that fails `failures` times (as a dropped connection does), then arrives. */
function flakyImport(failures: number) {
  const load = vi.fn(async () => {
    if (load.mock.calls.length <= failures) {
      throw new TypeError('Failed to fetch dynamically imported module')
    }
    return { default: Chart }
  })
  return load
}

function Page({ Lazy }: { Lazy: ReturnType<typeof lazyWithRetry<{ title: string }>> }) {
  return (
    <PanelBoundary name="chart">
      <Suspense fallback={<p>Loading chart…</p>}>
        <Lazy title="Chart" />
      </Suspense>
    </PanelBoundary>
  )
}

const noWait = () => Promise.resolve()

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('lazyWithRetry', () => {
  it('tries the import again before giving up, so a dropped chunk still arrives', async () => {
    const load = flakyImport(2)
    render(<Page Lazy={lazyWithRetry(load, { attempts: 3, wait: noWait })} />)
    expect(await screen.findByText('Chart drawn')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(3)
  })

  it('lets the panel fail after its attempts, and “Try again” imports afresh', async () => {
    const load = flakyImport(2)
    render(<Page Lazy={lazyWithRetry(load, { attempts: 2, wait: noWait })} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong in the chart')
    expect(load).toHaveBeenCalledTimes(2)
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Chart drawn')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(3)
  })

  it('imports once when the chunk arrives the first time, however often it is drawn', async () => {
    const load = flakyImport(0)
    const Lazy = lazyWithRetry(load, { wait: noWait })
    const { rerender } = render(<Page Lazy={Lazy} />)
    expect(await screen.findByText('Chart drawn')).toBeInTheDocument()
    rerender(<Page Lazy={Lazy} />)
    expect(screen.getByText('Chart drawn')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })
})
