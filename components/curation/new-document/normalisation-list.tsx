import type { NormalisationReport } from "@/lib/documents/extract/types";

const LINES: { key: keyof NormalisationReport; say: (n: number) => string }[] = [
  { key: "paragraphs", say: (n) => `${n} paragraphs` },
  { key: "characters", say: (n) => `${n.toLocaleString("en-GB")} characters` },
  { key: "linesJoined", say: (n) => `${n} broken lines joined` },
  { key: "hyphenationsRemoved", say: (n) => `${n} end-of-line hyphens removed` },
  { key: "whitespaceCollapsed", say: (n) => `${n} runs of spaces collapsed` },
  { key: "controlCharactersRemoved", say: (n) => `${n} control characters removed` },
];

/** What extraction changed, leaving out what it did not do. */
export function NormalisationList({ report }: { report: NormalisationReport }) {
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">What extraction did</h2>
      <ul className="normalisation-list">
        {LINES.filter(({ key }) => report[key] > 0).map(({ key, say }) => (
          <li key={key}>{say(report[key])}</li>
        ))}
      </ul>
    </section>
  );
}
