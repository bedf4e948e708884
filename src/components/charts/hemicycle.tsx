import { memo, useMemo, useState } from 'react'
import { describeResult } from '../../coalition/format'
import { type HemicycleLayout, chamberOrder, hemicycleLayout } from '../../coalition/hemicycle'
import { LOCALE_INFO } from '../../i18n/locales'
import { electionTitle, versionLabel } from '../../i18n/names'
import {
  useLocalizedCoalitionViews,
  usePartyShortName,
  useVerdictWords,
  useWithQuorum,
} from '../../i18n/use-names'
import { type Translate, useT } from '../../i18n/use-t'
import { pickScenario, useScenarioStore } from '../../scenario/scenario-store'
import {
  useChamber,
  useElection,
  usePartiesById,
  useSeats,
  useVersion,
} from '../../scenario/selectors'
import { scenarioLink } from '../../scenario/url-sync'
import { usePartyPaint } from '../layout/use-party-colors'
import { loadDetailsOf } from '../layout/use-shipped-data'
import './hemicycle.css'

/** Beyond this many seats the arc is not drawn (the dots would be specks); the text still says it all. */
const MAX_DRAWN_SEATS = 2000
const VACANT_COLOR = '#9aa0a6'

/** Rounds a coordinate for the SVG markup: 4 decimals of a unit radius is well under a pixel. */
const r4 = (n: number) => Math.round(n * 10_000) / 10_000

/**
 * The chamber as a parliament arc, one dot per seat, lists in chamber order (see `chamberOrder`):
 * the coalition being edited from the left as filled dots, every other list after it as dimmed
 * rings, and the majority seat ringed on a dashed line. A sentence and a list give the same in text.
 */
export function Hemicycle({ variant = 'panel' }: { variant?: 'panel' | 'projector' | 'print' }) {
  const { t, num, locale } = useT()
  const { t: tc } = useT()
  const election = useElection()
  const seats = useSeats()
  // Vacant seats and seats beyond a fixed chamber come from the chamber's own sums (chamber.ts).
  const { totalSeats, majority, vacant, excess } = useChamber()
  const partiesById = usePartiesById()
  const paint = usePartyPaint()
  const shortName = usePartyShortName()
  const words = useVerdictWords()
  const withQuorum = useWithQuorum()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const active = useLocalizedCoalitionViews().find((v) => v.coalition.id === activeId)
  const members = useMemo(() => active?.coalition.partyIds ?? [], [active])

  const order = useMemo(
    () => chamberOrder(election?.parties.map((p) => p.id) ?? [], seats, members),
    [election, seats, members],
  )
  const counts = useMemo(() => order.map((id) => seats[id] ?? 0), [order, seats])
  const drawnSeats = totalSeats + excess
  // Right-to-left readers start at the right: the coalition's wedge fills from there.
  const fromRight = LOCALE_INFO[locale].dir === 'rtl'
  const layout = useMemo(
    () =>
      drawnSeats > MAX_DRAWN_SEATS ? null : hemicycleLayout(counts, totalSeats, { fromRight }),
    [counts, totalSeats, drawnSeats, fromRight],
  )

  if (!election) return null
  const memberSet = new Set(members)
  const held = active?.result.seats ?? 0
  const headingId = `hemicycle-heading-${variant}`
  const imageLabel = active
    ? t('hemicycle.imageLabel', { total: totalSeats, majority, name: active.label })
    : t('hemicycle.imageLabelNone', { total: totalSeats, majority })
  const summary = active
    ? t('hemicycle.summary', {
        // A named coalition ("Binaa") is one body and takes the singular; an unnamed one reads as
        // its lists ("Sairoon + Fatah") and takes the plural when it has several.
        count: active.coalition.name.trim() ? 1 : Math.max(1, members.length),
        name: active.label,
        seats: held,
        held: tc('seats', { count: held }),
        total: totalSeats,
        majority,
      })
    : t('hemicycle.summaryNone', { total: totalSeats, majority })
  const majoritySeat = layout?.seats[majority - 1]

  return (
    <section
      aria-labelledby={headingId}
      className={variant === 'panel' ? 'panel hemicycle-panel' : `hemicycle-panel is-${variant}`}
    >
      <h2 id={headingId} className={variant === 'projector' ? 'visually-hidden' : undefined}>
        {t('hemicycle.heading')}
      </h2>
      {layout ? (
        <svg
          className="hemicycle"
          data-hemicycle=""
          data-seats={held}
          viewBox="-1.04 -1.06 2.08 1.1"
          role="img"
          aria-label={imageLabel}
          preserveAspectRatio="xMidYMid meet"
        >
          {majoritySeat && (
            <line
              className="hemicycle-majority-line"
              x1={r4(layout.innerRadius * 0.9 * Math.cos(majoritySeat.angle))}
              y1={r4(-layout.innerRadius * 0.9 * Math.sin(majoritySeat.angle))}
              x2={r4(1.04 * Math.cos(majoritySeat.angle))}
              y2={r4(-1.04 * Math.sin(majoritySeat.angle))}
              strokeWidth={r4(majoritySeat.r * 0.3)}
            />
          )}
          {layout.seats.map((seat, i) => {
            const partyId = seat.group === null ? undefined : order[seat.group]
            const color = (partyId && paint.get(partyId)?.color) || VACANT_COLOR
            const isMember = !!partyId && memberSet.has(partyId)
            return isMember ? (
              <circle
                key={i}
                className="seat is-member"
                cx={r4(seat.x)}
                cy={r4(-seat.y)}
                r={r4(seat.r)}
                fill={color}
              />
            ) : (
              <circle
                key={i}
                className={partyId ? 'seat is-other' : 'seat is-vacant'}
                cx={r4(seat.x)}
                cy={r4(-seat.y)}
                r={r4(seat.r * 0.78)}
                stroke={color}
                strokeWidth={r4(seat.r * 0.4)}
              />
            )
          })}
          {majoritySeat && (
            <circle
              className="hemicycle-majority-seat"
              cx={r4(majoritySeat.x)}
              cy={r4(-majoritySeat.y)}
              r={r4(majoritySeat.r * 1.8)}
              strokeWidth={r4(majoritySeat.r * 0.35)}
            />
          )}
          <g className="hemicycle-centre" aria-hidden="true">
            <text
              x="0"
              y="-0.15"
              className={`hemicycle-number ${active?.result.hasMajority ? 'is-majority' : 'is-short'}`}
            >
              {active ? num(held) : '—'}
            </text>
            <text x="0" y="-0.075" className="hemicycle-small">
              {t('hemicycle.centreOf', { total: totalSeats })}
            </text>
            <text x="0" y="-0.012" className="hemicycle-small">
              {t('hemicycle.centreNeeded', { majority })}
            </text>
          </g>
        </svg>
      ) : (
        <p className="hint">{t('hemicycle.tooMany', { count: drawnSeats })}</p>
      )}
      <ul className="hemicycle-legend" aria-hidden="true">
        <li>
          <svg viewBox="-1 -1 2 2" className="legend-dot">
            <circle r="0.9" className="legend-member" />
          </svg>
          {t('hemicycle.legendMember')}
        </li>
        <li>
          <svg viewBox="-1 -1 2 2" className="legend-dot">
            <circle r="0.65" className="legend-other" strokeWidth="0.4" />
          </svg>
          {t('hemicycle.legendOther')}
        </li>
        <li>
          <svg viewBox="-1 -1 2 2" className="legend-dot">
            <circle r="0.45" className="legend-member" />
            <circle r="0.85" className="hemicycle-majority-seat" strokeWidth="0.2" />
          </svg>
          {t('hemicycle.legendMajority', { majority })}
        </li>
      </ul>
      {variant === 'panel' && layout && (
        <HemicycleDownloads
          layout={layout}
          colors={order.map((id) => paint.get(id)?.color ?? VACANT_COLOR)}
          members={new Set(order.flatMap((id, i) => (memberSet.has(id) ? [i] : [])))}
          majorityIndex={majoritySeat ? majority - 1 : null}
          centre={[
            active ? num(held) : '—',
            t('hemicycle.centreOf', { total: totalSeats }),
            t('hemicycle.centreNeeded', { majority }),
          ]}
          title={
            active
              ? `${active.label}: ${withQuorum(describeResult(active.result, words), active.result.seats)}`
              : t('hemicycle.summaryNone', { total: totalSeats, majority })
          }
        />
      )}
      <div className="visually-hidden">
        <p>{summary}</p>
        <p>{t('hemicycle.orderHeading')}</p>
        <ol>
          {order
            .filter((id) => (seats[id] ?? 0) > 0)
            .map((id) => (
              <OrderItem
                key={id}
                name={shortName(partiesById.get(id), id)}
                seats={seats[id] ?? 0}
                isMember={memberSet.has(id)}
                t={t}
                tc={tc}
              />
            ))}
          {vacant > 0 && <li>{t('hemicycle.vacant', { held: tc('seats', { count: vacant }) })}</li>}
        </ol>
      </div>
    </section>
  )
}

/** One list in the text form of the arc; memoised so a click re-words only the lists it changed. */
const OrderItem = memo(function OrderItem({
  name,
  seats,
  isMember,
  t,
  tc,
}: {
  name: string
  seats: number
  isMember: boolean
  t: Translate
  tc: Translate
}) {
  const values = { name, held: tc('seats', { count: seats }) }
  return (
    <li>{isMember ? t('hemicycle.orderItemMember', values) : t('hemicycle.orderItem', values)}</li>
  )
})

interface DownloadsProps {
  layout: HemicycleLayout
  colors: readonly string[]
  members: ReadonlySet<number>
  majorityIndex: number | null
  centre: readonly [string, string, string]
  title: string
}

/** "Download SVG" and "Download PNG": the arc with a caption naming the scenario, data and link. */
function HemicycleDownloads(props: DownloadsProps) {
  const { t, locale, date } = useT()
  const election = useElection()
  const version = useVersion()
  const versionId = useScenarioStore((s) => s.versionId)
  const [failed, setFailed] = useState(false)
  if (!election || !version) return null

  // The caption names the scenario, the data and its sources (which load on the first press of
  // either button, with the export code) and the link, which opens the standard view.
  const make = async () => {
    const [{ hemicycleSvg }, details] = await Promise.all([
      import('./hemicycle-export'),
      loadDetailsOf(election),
    ])
    const sources = [
      ...new Set(
        (details.versions[version.id]?.sourceIds ?? []).flatMap(
          (id) => details.sources.find((s) => s.id === id)?.publisher ?? [],
        ),
      ),
    ]
    const link = scenarioLink({ ...pickScenario(useScenarioStore.getState()), view: 'standard' })
    const caption = [
      props.title,
      `${electionTitle(election, locale).text} · ${versionLabel(version, locale).text} (${date(version.date)})`,
      t('export.sources', { sources: sources.join(', ') }),
      link,
    ]
    return hemicycleSvg({ ...props, caption, lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' })
  }
  const fileName = `kutla-${election.id}-${versionId}-hemicycle`

  const saveSvg = async () => {
    const [{ svg }, { downloadBlob }] = await Promise.all([make(), import('../layout/download')])
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`)
  }
  const savePng = async () => {
    setFailed(false)
    try {
      const [{ svg, width, height }, { downloadBlob, svgToPng }] = await Promise.all([
        make(),
        import('../layout/download'),
      ])
      downloadBlob(await svgToPng(svg, width, height), `${fileName}.png`)
    } catch {
      setFailed(true)
    }
  }

  return (
    <div className="hemicycle-downloads">
      <button type="button" onClick={() => void saveSvg()}>
        {t('export.svg')}
      </button>
      <button type="button" onClick={() => void savePng()}>
        {t('export.png')}
      </button>
      {failed && <p role="alert">{t('export.failed')}</p>}
    </div>
  )
}
