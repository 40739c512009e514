import { MONTH_NAMES, isPeriod, periodEnd, periodStart } from "@/lib/domain/periods";
import { parseText } from "@/lib/text/compromise";
import type { TextRange } from "@/lib/text/gazetteer";

export type FoundDate = TextRange & { text: string; value: string };

const MONTH = `(?:${MONTH_NAMES.join("|")}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)`;
const DAY = `\\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = `(?:1[89]|20)\\d{2}`;
// The phrases worth a date: a month with its day and year if given ("early January", "January 5,
// 2020", "5 January"), a relative month or year ("last October", "the previous year"), a year.
// A range ("2003-2006") is no single period and is skipped whole.
const DATE_PHRASE = new RegExp(
  [
    `(?:(?:early|mid|late)[- ])?(?:(?:last|next|this) )?${MONTH}(?: ${DAY})?(?:,? ${YEAR})?`,
    `${DAY} ${MONTH}(?:,? ${YEAR})?`,
    `(?:(?:last|next|previous|the previous|the following) (?:year|month))`,
    `${YEAR}\\s*[-–]\\s*(?:${YEAR}|\\d{2})`,
    YEAR,
  ]
    .map((p) => `\\b${p}\\b`)
    .join("|"),
  "g",
);
const RANGE = new RegExp(`^${YEAR}\\s*[-–]`);
const EXPLICIT_YEAR = new RegExp(`\\b${YEAR}\\b`);

const pad = (n: number) => String(n).padStart(2, "0");

/** A period from compromise-dates' start and end, when they bound one day, month or year. */
function periodOf(start: string | null, end: string | null): string | null {
  if (!start || !end) return null;
  const [s, e] = [start.slice(0, 10), end.slice(0, 10)];
  if (s === e) return s;
  const month = s.slice(0, 7);
  if (s === periodStart(month) && e === periodEnd(month)) return month;
  const year = s.slice(0, 4);
  if (s === periodStart(year) && e === periodEnd(year)) return year;
  return null;
}

/** What compromise-dates leaves unresolved ("early January"): the month, in the anchor's year. */
function monthFromText(phrase: string, anchorYear: number): string | null {
  const index = MONTH_NAMES.findIndex((m) => phrase.includes(m.slice(0, 3)));
  if (index === -1) return null;
  const year = EXPLICIT_YEAR.exec(phrase)?.[0] ?? String(anchorYear);
  return `${year}-${pad(index + 1)}`;
}

// A calendar date written out needs no parser: "January 5", "5 January, 2020", "mid-February".
const WRITTEN_DATE = new RegExp(
  `^(?:(?:early|mid|late)[- ])?(?<m1>${MONTH})(?: (?<d1>${DAY}))?(?:,? (?<y1>${YEAR}))?$|^(?<d2>${DAY}) (?<m2>${MONTH})(?:,? (?<y2>${YEAR}))?$`,
);

/** The written date's period; null when it names none ("February 30"); undefined if not one. */
function writtenDate(phrase: string, anchorYear: number | null): string | null | undefined {
  const match = WRITTEN_DATE.exec(phrase);
  if (!match?.groups) return undefined;
  const { m1, d1, y1, d2, m2, y2 } = match.groups;
  const monthText = (m1 ?? m2)!.slice(0, 3);
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(monthText)) + 1;
  const year = y1 ?? y2 ?? (anchorYear === null ? null : String(anchorYear));
  if (month === 0 || year === null) return null;
  const day = d1 ?? d2;
  // A qualifier ("early January") keeps the month: it names no day.
  const value =
    day && !/^(?:early|mid|late)/.test(phrase)
      ? `${year}-${pad(month)}-${pad(parseInt(day, 10))}`
      : `${year}-${pad(month)}`;
  return isPeriod(value) ? value : null;
}

function valueOf(phrase: string, anchor: string | null): string | null {
  const year = EXPLICIT_YEAR.exec(phrase)?.[0];
  if (year === phrase) return year;
  const written = writtenDate(phrase, anchor ? Number(anchor.slice(0, 4)) : null);
  if (written !== undefined) return written;
  if (!anchor) return null;
  const [parsed] = parseText(phrase).dates({ today: anchor, timezone: "UTC" }).get();
  const value = periodOf(parsed?.start ?? null, parsed?.end ?? null);
  // compromise reads "since the 2003" as a day in the anchor's month: trust the written year.
  if (value && (!year || value.startsWith(year))) return value;
  return monthFromText(phrase, Number(anchor.slice(0, 4)));
}

/**
 * Dates in [range.start, range.end), as ISO periods ("2020-01-05", "2020-01", "2019"), anchored to
 * the publication date: "January 5" in an article of February 2020 is 2020-01-05. compromise-dates
 * leans to the future (it reads that "January 5" as 2021), so a date after the publication that
 * names no year is moved back a year; one that names its year is dropped. Without a publication
 * date only phrases with a written year are dated.
 */
export function findDates(text: string, range: TextRange, published: string | null): FoundDate[] {
  const anchor = published && isPeriod(published) ? periodEnd(published) : null;
  const dates: FoundDate[] = [];
  // The same phrase under the same anchor is the same date; compromise costs ~5 ms a phrase.
  const values = new Map<string, string | null>();
  const slice = text.slice(range.start, range.end);
  for (const match of slice.matchAll(DATE_PHRASE)) {
    const phrase = match[0];
    if (RANGE.test(phrase)) continue;
    let value = values.get(phrase);
    if (value === undefined) {
      value = valueOf(phrase, anchor);
      values.set(phrase, value);
    }
    if (!value) continue;
    let dated = value;
    if (anchor && periodStart(dated) > anchor) {
      if (EXPLICIT_YEAR.test(phrase)) continue;
      dated = `${Number(dated.slice(0, 4)) - 1}${dated.slice(4)}`;
      if (!isPeriod(dated) || periodStart(dated) > anchor) continue;
    }
    const start = range.start + match.index;
    dates.push({ start, end: start + phrase.length, text: phrase, value: dated });
  }
  return dates;
}
