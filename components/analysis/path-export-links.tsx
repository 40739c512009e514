import { pathsExportHref } from "@/lib/explorer/export-links";
import styles from "@/components/analysis/analysis.module.css";

/** Downloads of the paths just found, for a report or for Gephi. */
export function PathExportLinks({ query }: { query: URLSearchParams }) {
  const links = [
    { label: "Citation list (Markdown)", href: pathsExportHref(query, "markdown") },
    { label: "GraphML", href: pathsExportHref(query, "graphml") },
    { label: "CSV: actors", href: pathsExportHref(query, "csv", "nodes") },
    { label: "CSV: relationships", href: pathsExportHref(query, "csv", "edges") },
    { label: "JSON", href: pathsExportHref(query, "json") },
  ];
  return (
    <nav className={styles.exportLinks} aria-label="Download these paths">
      <span>Download these paths:</span>
      {links.map((link) => (
        <a key={link.label} href={link.href} download>
          {link.label}
        </a>
      ))}
    </nav>
  );
}
