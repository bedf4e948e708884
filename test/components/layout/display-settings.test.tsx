import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { DisplaySettings } from '../../../src/components/layout/display-settings'
import { LOCALE_STORAGE_KEY } from '../../../src/i18n/locales'
import { useScenarioStore } from '../../../src/scenario/scenario-store'
import { THEME_STORAGE_KEY, startThemeSync } from '../../../src/scenario/theme-sync'

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

  it('sets a light or dark theme whatever the device says, remembered, and back to System', async () => {
    const user = userEvent.setup()
    const stop = startThemeSync()
    render(<DisplaySettings />)
    const theme = screen.getByRole('group', { name: 'Theme' })
    expect(within(theme).getByRole('button', { name: 'System' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(document.documentElement).not.toHaveAttribute('data-theme')
    await user.click(within(theme).getByRole('button', { name: 'Dark' }))
    expect(useScenarioStore.getState().theme).toBe('dark')
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
    await user.click(within(theme).getByRole('button', { name: 'Light' }))
    expect(document.documentElement).toHaveAttribute('data-theme', 'light')
    await user.click(within(theme).getByRole('button', { name: 'System' }))
    expect(document.documentElement).not.toHaveAttribute('data-theme')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull()
    stop()
  })

  it('starts with the theme remembered on this device', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'light')
    const stop = startThemeSync()
    expect(useScenarioStore.getState().theme).toBe('light')
    expect(document.documentElement).toHaveAttribute('data-theme', 'light')
    stop()
    document.documentElement.removeAttribute('data-theme')
  })
})
