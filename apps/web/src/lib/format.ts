/** Dates and money as a Swedish (or English) reader expects them. */
export const formatDate = (iso: string | null | undefined, language: string): string =>
  iso
    ? new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium', timeZone: 'Europe/Stockholm' }).format(
        new Date(iso),
      )
    : '';

export const formatDateTime = (iso: string | null | undefined, language: string): string =>
  iso
    ? new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Stockholm',
      }).format(new Date(iso))
    : '';

export const formatSek = (amount: number | null | undefined, language: string): string =>
  amount === null || amount === undefined
    ? ''
    : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(
        amount,
      );
