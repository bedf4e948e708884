import { expect, test } from '@playwright/test'
import { TABS, openTab } from './tabs'

const EUROPEAN_PARLIAMENT_2009 = [
  'name,seats,colour',
  'European People’s Party,265,#3399ff',
  'Socialists & Democrats,184,#ff0000',
  'Liberals and Democrats,84,#ffd700',
  'Greens–European Free Alliance,55,#009900',
  'European Conservatives and Reformists,54,#0054a5',
  'European United Left–Nordic Green Left,35,#990000',
  'Europe of Freedom and Democracy,32,#40e0d0',
  'Non-Inscrits,27,#999999',
].join('\n')

test.describe('what if', () => {
  test('edit Fatah to 50, see it against the source, undo with Ctrl+Z', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto('/')
    await openTab(page, TABS.whatIf)

    await page.getByRole('button', { name: /^Fatah, 47 seats/ }).click()
    const card = page.getByRole('region', { name: 'Coalitions', exact: true })
    await expect(card).toContainText('47 seats — 118 short of a majority')

    const whatIf = page.getByRole('region', { name: 'What if' })
    await whatIf.getByText('Edit each list (37 lists)').click()
    await whatIf.getByRole('spinbutton', { name: 'Seats of Fatah' }).fill('50')
    await expect(whatIf.getByRole('list', { name: 'Your edits' })).toHaveText(
      'Fatah 50 (source: 47)',
    )
    await expect(whatIf.getByRole('status')).toContainText(
      'Seats add up to 332 of 329: 3 too many.',
    )
    await expect(page.getByRole('button', { name: /^Fatah, 50 seats/ })).toBeVisible()
    await expect(card).toContainText('50 seats — 115 short of a majority')

    // Ctrl+Z inside the number field is the field's own; outside it, it undoes the edit.
    await whatIf.getByRole('heading', { name: 'What if' }).click()
    await page.keyboard.press('Control+z')
    await expect(whatIf.getByRole('spinbutton', { name: 'Seats of Fatah' })).toHaveValue('47')
    await expect(whatIf.getByText('No figures changed yet.')).toBeVisible()
    await expect(card).toContainText('47 seats — 118 short of a majority')

    await page.keyboard.press('Control+Shift+z')
    await expect(card).toContainText('50 seats — 115 short of a majority')
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(card).toContainText('47 seats — 118 short of a majority')
    expect(errors).toEqual([])
  })

  test('import a CSV parliament and see its majority; a bad file changes nothing', async ({
    page,
  }) => {
    await page.goto('/')
    await openTab(page, TABS.whatIf)
    const input = page.getByLabel('Import a parliament (CSV or JSON)')
    const summary = page.getByRole('region', { name: 'Coalitions', exact: true })

    await input.setInputFiles({
      name: 'european-parliament-2009.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(EUROPEAN_PARLIAMENT_2009),
    })
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
      'Imported “european-parliament-2009.csv”: 8 lists, 736 seats.',
    )
    await expect(summary).toContainText('736 seats')
    await expect(summary).toContainText('369 for a majority')
    await expect(
      page.getByRole('button', { name: /^European People’s Party, 265 seats/ }),
    ).toBeVisible()

    await input.setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,seats\nA,3\nB,-3\n'),
    })
    const alert = page.getByRole('alert').filter({ hasText: 'bad.csv' })
    await expect(alert).toContainText('“bad.csv” was not imported; nothing changed.')
    await expect(alert).toContainText('Row 3, seats: "-3" is negative.')
    await expect(summary).toContainText('736 seats')
    await expect(summary).toContainText('369 for a majority')

    await input.setInputFiles({
      name: 'picture.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    })
    await expect(page.getByRole('alert').filter({ hasText: 'picture.png' })).toContainText(
      'This is a PNG image, not a CSV or JSON file.',
    )
    await expect(summary).toContainText('369 for a majority')

    // The import is one step of the history: undo brings 2018 back.
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(summary).toContainText('329 seats')
    await expect(summary).toContainText('165 for a majority')
  })

  test('a small parliament of one’s own travels in the link, edits and all', async ({
    page,
    browser,
  }) => {
    await page.goto('/')
    await openTab(page, TABS.whatIf)
    await page.getByLabel('Import a parliament (CSV or JSON)').setInputFiles({
      name: 'knesset-2022.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'name,seats\nLikud,32\nYesh Atid,24\nReligious Zionism,14\nNational Unity,12\nShas,11\n' +
          'United Torah Judaism,7\nYisrael Beiteinu,6\nRa’am,5\nHadash–Ta’al,5\nLabor,4\n',
      ),
    })
    const whatIf = page.getByRole('region', { name: 'What if' })
    await whatIf.getByText('Edit each list (10 lists)').click()
    await whatIf.getByRole('spinbutton', { name: 'Seats of Labor' }).fill('6')
    await expect(page).toHaveURL(/e=custom/)
    await expect(page).toHaveURL(/sd=labor\.6/)

    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto(page.url())
    await openTab(other, TABS.whatIf)
    const summary = other.getByRole('region', { name: 'Coalitions', exact: true })
    await expect(summary).toContainText('120 seats')
    await expect(summary).toContainText('61 for a majority')
    await expect(
      other.getByRole('region', { name: 'What if' }).getByRole('list', { name: 'Your edits' }),
    ).toHaveText('Labor 6 (source: 4)')
    await fresh.close()
  })
})
