/** Periods are "YYYY", "YYYY-MM" or "YYYY-MM-DD"; these give their first and last day as sortable strings. */
export function periodStart(period: string): string {
  if (period.length === 4) return `${period}-01-01`;
  if (period.length === 7) return `${period}-01`;
  return period;
}

export function periodEnd(period: string): string {
  // "-31" sorts after every real day of a month, which is all a comparison needs.
  if (period.length === 4) return `${period}-12-31`;
  if (period.length === 7) return `${period}-31`;
  return period;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function formatPeriod(period: string): string {
  const [year, month, day] = period.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? period;
}
