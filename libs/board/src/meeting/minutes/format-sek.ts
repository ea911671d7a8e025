/**
 * An amount in Swedish style: "250 000 kr", "1 234,50 kr". Written by hand rather than with
 * Intl so the minutes (and their hash) do not depend on the ICU version's choice of space.
 */
export function formatSek(amountSek: number): string {
  const [whole = '0', fraction = '00'] = Math.abs(amountSek).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const sign = amountSek < 0 ? '-' : '';
  return `${sign}${grouped}${fraction === '00' ? '' : `,${fraction}`} kr`;
}
