// Dates from metadata come as ISO strings, PDF dates ("D:20200201000000Z") or free text; the
// document model wants an ISO date or its prefix ("2020", "2020-02", "2020-02-01").

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/;

function iso(year: string, month?: string, day?: string): string {
  return [year, month, day].filter(Boolean).join("-");
}

export function normaliseDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const match = PDF_DATE.exec(text) ?? ISO_PREFIX.exec(text);
  if (match) return iso(match[1]!, match[2], match[3]);
  const slashed = SLASHED.exec(text);
  if (slashed) return iso(slashed[1]!, slashed[2]!.padStart(2, "0"), slashed[3]!.padStart(2, "0"));
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
