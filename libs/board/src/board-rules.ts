import type { BoardRulesSettings } from '@beslutskedjan/platform';

/**
 * Rules a förbund's own förbundsordning or arbetsordning may set, with the default where the law
 * or common practice gives one. The appeal window (three weeks, KL 13:5) is the law's and not a setting.
 */
export interface BoardRules {
  /** Shown on every document (kallelse, protokollsutdrag, beslutsmeddelande, anslag). */
  forbundName: string;
  /** Days after the meeting by which the minutes are attested (KL 5:69 via 6:35: at the latest 14). */
  attestationDays: number;
}

export const DEFAULT_BOARD_RULES: BoardRules = {
  forbundName: 'Samordningsförbundet',
  attestationDays: 14,
};

export const boardRulesFor = (settings: BoardRulesSettings | undefined, tenant: string): BoardRules => ({
  ...DEFAULT_BOARD_RULES,
  ...settings?.defaults,
  ...settings?.tenants[tenant],
});

/** YYYY-MM-DD plus whole days, in the calendar (no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
