/** A period is "YYYY", "YYYY-MM" or "YYYY-MM-DD": how precisely the text dates an event. */
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
