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

export const MONTH_ABBREVIATIONS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

export function formatPeriod(period: string): string {
  const [year, month, day] = period.split("-");
  const monthName = month ? MONTH_ABBREVIATIONS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? period;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day range as people say it: "5 Jan 2020", "Jan 2020", "2020", or "5 Jan – 20 Feb 2020". */
export function formatRange(start: string, end: string): string {
  if (start === end) return formatPeriod(start);
  const [sy, sm, sd] = start.split("-").map(Number);
  const [ey, em, ed] = end.split("-").map(Number);
  if (sy === ey && sd === 1 && sm === 1 && em === 12 && ed === 31) return String(sy);
  if (sy === ey && sm === em && sd === 1 && sy && sm && ed === lastDayOfMonth(sy, sm)) {
    return formatPeriod(start.slice(0, 7));
  }
  return `${formatPeriod(start)} – ${formatPeriod(end)}`;
}
