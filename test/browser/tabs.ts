import type { Page } from '@playwright/test'

/** Opens one of the tabs under the picture (Analysis, What if, Story & challenges, …). */
export async function openTab(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click()
}

/** The tab names in both languages. */
export const TABS = {
  coalitions: /^(Edit coalitions|تعديل الائتلافات)$/,
  analysis: /^(Analysis|التحليل)$/,
  classroom: /^(Story & challenges|القصة والتحديات)$/,
  whatIf: /^(What if|ماذا لو)$/,
  share: /^(Share|المشاركة)$/,
  sources: /^(Sources|المصادر)$/,
} as const
