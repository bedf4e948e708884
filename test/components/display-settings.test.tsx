import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { DisplaySettings } from '../../src/components/display-settings'
import { LOCALE_STORAGE_KEY } from '../../src/i18n/locales'
import { useScenarioStore } from '../../src/scenario/scenario-store'

beforeEach(() => localStorage.clear())

describe('DisplaySettings', () => {
  it('switches the language, and remembers the choice', async () => {
    const user = userEvent.setup()
    render(<DisplaySettings />)
    const language = screen.getByRole('group', { name: 'Language' })
    await user.click(within(language).getByRole('button', { name: /العربية/ }))
    expect(useScenarioStore.getState().locale).toBe('ar')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ar')
    // The controls now speak Arabic; each language keeps its own name.
    const arabicGroup = screen.getByRole('group', { name: 'اللغة' })
    expect(within(arabicGroup).getByRole('button', { name: /العربية/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(within(arabicGroup).getByRole('button', { name: 'English' })).toHaveAttribute(
      'lang',
      'en',
    )
  })

  it('offers the other digits and the colour-blind-safe palette', async () => {
    const user = userEvent.setup()
    render(<DisplaySettings />)
    await user.click(screen.getByRole('button', { name: /Arabic-Indic/ }))
    expect(useScenarioStore.getState().digits).toBe('arabic')
    await user.click(screen.getByRole('button', { name: /Colour-blind safe/ }))
    expect(useScenarioStore.getState().palette).toBe('colorblind')
    expect(screen.getByRole('button', { name: /Colour-blind safe/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })
})
