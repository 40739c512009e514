/**
 * A period is "YYYY", "YYYY-MM" or "YYYY-MM-DD": how precisely a source dates an event. Its first
 * and last day are real ISO dates ("2020-02" runs from 2020-02-01 to 2020-02-29), so they sort and
 * compare as strings and Neo4j reads them as dates.
 */
const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Parts = { year: number; month?: number; day?: number };

function parts(period: string): Parts | undefined {
  const match = PERIOD.exec(period);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    month: month === undefined ? undefined : Number(month),
    day: day === undefined ? undefined : Number(day),
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isPeriod(value: string): boolean {
  const p = parts(value);
  if (!p) return false;
  if (p.month === undefined) return true;
  if (p.month < 1 || p.month > 12) return false;
  return p.day === undefined || (p.day >= 1 && p.day <= daysInMonth(p.year, p.month));
}

/** First day of the period, as YYYY-MM-DD. */
export function periodStart(period: string): string {
  const p = parts(period);
  if (!p || !isPeriod(period)) throw new Error(`not a period: ${period}`);
  return isoDate(p.year, p.month ?? 1, p.day ?? 1);
}

/** Last day of the period, as YYYY-MM-DD. */
export function periodEnd(period: string): string {
  const p = parts(period);
  if (!p || !isPeriod(period)) throw new Error(`not a period: ${period}`);
  const month = p.month ?? 12;
  return isoDate(p.year, month, p.day ?? daysInMonth(p.year, month));
}

/** Month names in English, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

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

/** A day range as people say it: "5 Jan 2020", "Jan 2020", "2020", or "5 Jan – 20 Feb 2020". */
export function formatRange(start: string, end: string): string {
  if (start === end) return formatPeriod(start);
  const [sy, sm, sd] = start.split("-").map(Number);
  const [ey, em, ed] = end.split("-").map(Number);
  // Whole years and whole months read as such, one or a span: "2019", "2003–2006", "Nov 2019 –
  // Feb 2020", never "1 Jan 2003 – 31 Dec 2006".
  const wholeMonths = sd === 1 && !!ey && !!em && ed === daysInMonth(ey, em);
  if (wholeMonths && sm === 1 && em === 12) return sy === ey ? String(sy) : `${sy}–${ey}`;
  if (wholeMonths && sy === ey && sm === em) return formatPeriod(start.slice(0, 7));
  if (wholeMonths) return `${formatPeriod(start.slice(0, 7))} – ${formatPeriod(end.slice(0, 7))}`;
  return `${formatPeriod(start)} – ${formatPeriod(end)}`;
}
