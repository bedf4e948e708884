import type { ReactNode } from 'react'
import { describeResult } from '../../coalition/format'
import {
  useLocalizedCoalitionViews,
  usePartyShortName,
  useVerdictWords,
} from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { usePartiesById, useSeats } from '../../scenario/selectors'

export interface CoalitionTableProps {
  caption: ReactNode
  /** For a figure that the table describes (`aria-describedby`). */
  captionId?: string
  className: string
}

/**
 * Every coalition of the scenario as a table row: its label, its members with their seats, and
 * its verdict. The text equivalent of the coalition chart (chart-panel.tsx), and the table of
 * coalitions the print sheet prints (print-sheet.tsx).
 */
export function CoalitionTable({ caption, captionId, className }: CoalitionTableProps) {
  const { t } = useT()
  const words = useVerdictWords()
  const views = useLocalizedCoalitionViews()
  const seats = useSeats()
  const partiesById = usePartiesById()
  const shortName = usePartyShortName()

  return (
    <table className={className}>
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.columnCoalition')}</th>
          <th scope="col">{t('chart.columnMembers')}</th>
          <th scope="col">{t('chart.columnResult')}</th>
        </tr>
      </thead>
      <tbody>
        {views.map((v) => (
          <tr key={v.coalition.id}>
            <th scope="row">{v.label}</th>
            <td>
              {v.coalition.partyIds.length
                ? v.coalition.partyIds
                    .map((id) =>
                      t('chart.member', {
                        name: shortName(partiesById.get(id), id),
                        seats: seats[id] ?? 0,
                      }),
                    )
                    .join(t('coalition.listSeparator'))
                : t('chart.noMembers')}
            </td>
            <td>{describeResult(v.result, words)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
