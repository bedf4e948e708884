import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ParliamentFilePanel } from '../../../src/components/what-if/parliament-file-panel'
import { useKeptParliamentStatus } from '../../../src/scenario/kept-parliaments'
import { SeatEditor } from '../../../src/components/what-if/seat-editor'
import { CUSTOM_PARLIAMENT_ID } from '../../../src/elections/own-parliament'
import {
  pickScenario,
  selectParliament,
  useScenarioStore,
} from '../../../src/scenario/scenario-store'
import { createUndoHistory } from '../../../src/scenario/undo-history'

const store = useScenarioStore

function setup(label = 'Import a parliament (CSV or JSON)') {
  // Accept any file, as a browser's "All files" choice does.
  const user = userEvent.setup({ applyAccept: false })
  render(<ParliamentFilePanel />)
  const input = screen.getByLabelText(label)
  const upload = (parts: BlobPart[], name: string, type = 'text/csv') =>
    user.upload(input, new File(parts, name, { type }))
  return { user, upload }
}

/** A scenario worth keeping: an edit and a coalition. */
function someScenario() {
  store.getState().setPartySeats('fatah', 50)
  store.getState().toggleParty('sairoon')
  store.getState().toggleParty('fatah')
  return store.getState()
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const rows = (n: number) => Array.from({ length: n }, (_, i) => `List ${i},1`).join('\n')

describe('ParliamentFilePanel: bad files change nothing and say why', { timeout: 20_000 }, () => {
  it.each<[string, BlobPart[], string, string]>([
    [
      'a PNG image',
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      'chart.png',
      'This is a PNG image, not a CSV or JSON file.',
    ],
    [
      'a missing column',
      ['name,colour\nA,#000000\n'],
      'missing.csv',
      'seats: The column "seats" is missing. The columns are: id, name, other_name, seats, colour, camp, non_voting.',
    ],
    [
      'an extra column',
      ['name,seats,votes\nA,3,100\n'],
      'extra.csv',
      'Row 1, votes: "votes" is not a column Kutla reads.',
    ],
    [
      'a negative seat count',
      ['name,seats\nA,3\nB,-3\n'],
      'neg.csv',
      'Row 3, seats: "-3" is negative.',
    ],
    [
      'a fractional seat count',
      ['name,seats\nA,2.5\n'],
      'frac.csv',
      'Row 2, seats: "2.5" is not a whole number of seats.',
    ],
    [
      'an empty seat count',
      ['name,seats\nA,\n'],
      'empty.csv',
      'Row 2, seats: is empty; every list needs one.',
    ],
    [
      'an absurd seat count',
      ['name,seats\nA,1000000000\n'],
      'absurd.csv',
      'Row 2, seats: "1000000000" is more than the 10,000 seats a list can have.',
    ],
    [
      'a seat count in scientific notation',
      ['name,seats\nA,1e3\n'],
      'exponent.csv',
      'Row 2, seats: "1e3" is not a number of seats.',
    ],
    [
      'a parliament with no seats',
      ['name,seats\nA,0\nB,0\n'],
      'empty-seats.csv',
      "The lists' seats add up to 0: a parliament needs at least one seat.",
    ],
    [
      'duplicate names',
      ['name,seats\nFatah,47\nFATAH,1\n'],
      'dup.csv',
      'Row 3, name: "FATAH" is already the name of row 2.',
    ],
    [
      '100,000 rows',
      [`name,seats\n${rows(100_000)}\n`],
      'huge.csv',
      'Row 1,002, name: The file has 100,000 rows; a parliament can have at most 1,000 lists.',
    ],
    [
      'a formula',
      ['name,seats\n=cmd()|calc,3\n'],
      'formula.csv',
      'Row 2, name: "=cmd()|calc" is a spreadsheet formula; Kutla does not run formulas.',
    ],
    [
      'text that is not UTF-8',
      [new Uint8Array([...utf8('name,seats\nCaf'), 0xe9, ...utf8(',4\n')])],
      'latin1.csv',
      'Row 2, name: The text is not UTF-8',
    ],
    [
      'broken JSON',
      ['{"lists": ['],
      'broken.json',
      'The file starts like JSON but is not valid JSON',
    ],
  ])('refuses %s', async (_, parts, name, message) => {
    const before = someScenario()
    const { upload } = setup()
    await upload(parts, name)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`“${name}” was not imported; nothing changed.`)
    expect(alert).toHaveTextContent(message)
    expect(store.getState()).toBe(before)
  })

  it('names every problem of a file in Arabic too', async () => {
    store.getState().setLocale('ar')
    const { upload } = setup('استيراد برلمان (CSV أو JSON)')
    await upload(['name,seats\nA,-3\n'], 'neg.csv')
    expect(await screen.findByRole('alert')).toHaveTextContent('الصف 2، seats: "-3" عدد سالب.')
  })
})

describe('ParliamentFilePanel: importing', () => {
  it('shows a parliament from a file with its majority, and undo brings 2018 back', async () => {
    const history = createUndoHistory(store)
    const before = pickScenario(someScenario())
    const { upload } = setup()
    await upload(
      [
        'name,seats,non_voting\nConservative,365,\nLabour,202,\nSNP,48,\nLiberal Democrats,11,\nDUP,8,\n' +
          'Sinn Féin,7,\nPlaid Cymru,4,\nSDLP,2,\nGreen,1,\nAlliance,1,\nSpeaker,1,yes\n',
      ],
      'uk-2019.csv',
    )
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Imported “uk-2019.csv”: 11 lists, 650 seats.',
    )
    const state = store.getState()
    expect(state.electionId).toBe(CUSTOM_PARLIAMENT_ID)
    expect(selectParliament(state)?.parties).toHaveLength(11)
    history.undo()
    expect(pickScenario(store.getState())).toEqual(before)
    history.stop()
  })

  it('keeps HTML in names as text and warns about it', async () => {
    const user = userEvent.setup({ applyAccept: false })
    render(
      <>
        <ParliamentFilePanel />
        <SeatEditor initiallyOpen />
      </>,
    )
    const file = new File(['name,seats\n<img src=x onerror=alert(1)>,3\nB,4\n'], 'html.csv')
    await user.upload(screen.getByLabelText('Import a parliament (CSV or JSON)'), file)
    const status = await screen.findByRole('status')
    expect(within(status).getByText(/Row 2, name: looks like HTML/)).toBeInTheDocument()
    expect(
      screen.getByRole('textbox', { name: 'Name of <img src=x onerror=alert(1)>' }),
    ).toHaveValue('<img src=x onerror=alert(1)>')
    expect(document.querySelector('img')).toBeNull()
  })

  it('starts a blank parliament', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Start a blank parliament' }))
    const parliament = selectParliament(store.getState())
    expect(parliament).toMatchObject({ title: 'My parliament', parties: [] })
    expect(store.getState().chamberMode).toBe('sum')
  })
})

describe('ParliamentFilePanel: exporting', () => {
  const saved: { name: string; text: Promise<string> }[] = []
  // jsdom has no object URLs: record the Blob handed over, and the name the link downloads it as.
  const { createObjectURL, revokeObjectURL } = URL
  beforeEach(() => {
    saved.length = 0
    URL.createObjectURL = (blob: Blob) => {
      saved.push({ name: '', text: blob.text() })
      return 'blob:kutla'
    }
    URL.revokeObjectURL = () => {}
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.at(-1)!.name = this.download
    })
  })
  afterEach(() => {
    URL.createObjectURL = createObjectURL
    URL.revokeObjectURL = revokeObjectURL
    vi.restoreAllMocks()
  })

  it('downloads the parliament shown as CSV and as JSON, edits included', async () => {
    store.getState().setPartySeats('fatah', 50)
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    await user.click(screen.getByRole('button', { name: 'Export JSON' }))
    await waitFor(() => expect(saved).toHaveLength(2))
    expect(saved.map((s) => s.name)).toEqual([
      'iraq-council-of-representatives-election-12-may-2018.csv',
      'iraq-council-of-representatives-election-12-may-2018.json',
    ])
    expect(await saved[0]!.text).toContain('fatah,Fatah,الفتح,50,')
    expect(JSON.parse(await saved[1]!.text).lists[1]).toMatchObject({ id: 'fatah', seats: 50 })
  })
})

describe('ParliamentFilePanel: sharing a large parliament', () => {
  it('says plainly that its links open only on this device or with its file, and offers the file', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `List ${i},1`).join('\n')
    const { upload } = setup()
    await upload([`name,seats\n${many}\n`], 'big.csv')
    expect(
      await screen.findByText(
        'This parliament of 300 lists is too large to travel in a link, so Kutla keeps it on this device: its links open here, after a reload and from Recent scenarios, but on another device only once its file has been imported there. Send the file with the link.',
        { exact: false },
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download the file to send' })).toBeInTheDocument()
  })

  it('says so when this browser refused to keep it', async () => {
    useKeptParliamentStatus.setState({ cannotKeep: true })
    const many = Array.from({ length: 300 }, (_, i) => `List ${i},1`).join('\n')
    const { upload } = setup()
    await upload([`name,seats\n${many}\n`], 'big.csv')
    expect(
      await screen.findByText(
        /and this browser refused to keep it: its links open only while this page stays open/,
      ),
    ).toBeInTheDocument()
    useKeptParliamentStatus.setState({ cannotKeep: false })
  })

  it('says nothing of the kind for 100 lists, which a link carries whole', async () => {
    const many = Array.from({ length: 100 }, (_, i) => `List ${i},${i + 1}`).join('\n')
    const { upload } = setup()
    await upload([`name,seats\n${many}\n`], 'hundred.csv')
    await waitFor(() => expect(store.getState().customParliament?.parties).toHaveLength(100))
    expect(screen.queryByText(/too large to travel in a link/)).toBeNull()
  })
})
