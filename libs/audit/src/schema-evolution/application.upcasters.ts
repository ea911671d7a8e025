import type { Upcaster } from '@beslutskedjan/event-store';
import type { BudgetLine, ApplicationContentV1 } from '@beslutskedjan/application';

/** Application content at schema version 0: one total amount instead of budget lines per year. */
export type ApplicationContentV0 = Omit<ApplicationContentV1, 'budget'> & { budgetSek: number };

/**
 * v0 → v1: `budgetSek` becomes one budget line. The old shape had no split per year, so the whole
 * amount is booked on the first year of the period, which is what the total meant then.
 */
export function upcastContentV0(content: ApplicationContentV0): ApplicationContentV1 {
  const { budgetSek, ...rest } = content;
  const budget: BudgetLine[] = [{ year: Number(content.period.from.slice(0, 4)), amountSek: budgetSek }];
  return { ...rest, budget };
}

const contentV0ToV1 = (type: 'ApplicationSubmitted' | 'ApplicationRevised'): Upcaster => ({
  type,
  fromVersion: 0,
  upcast: (data) => {
    const d = data as { content: ApplicationContentV0 };
    return { ...d, content: upcastContentV0(d.content) };
  },
});

/** Register with the API's and the worker's upcasters (apiUpcasters); version 1 is then lifted to 2 by libs/application. */
export const applicationUpcasters: readonly Upcaster[] = [contentV0ToV1('ApplicationSubmitted'), contentV0ToV1('ApplicationRevised')];
