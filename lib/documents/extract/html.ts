import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { normaliseDate } from "@/lib/documents/extract/dates";
import { domToText, htmlToText } from "@/lib/documents/extract/html-to-text";
import type { DocumentMetadata, RawExtraction } from "@/lib/documents/extract/types";

type HtmlDocument = ReturnType<typeof parseHTML>["document"];

function metaContent(document: HtmlDocument, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

function metaContents(document: HtmlDocument, name: string): string[] {
  return Array.from(document.querySelectorAll(`meta[name="${name}" i]`))
    .map((element) => element.getAttribute("content")?.trim() ?? "")
    .filter(Boolean);
}

function absoluteHttpUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

// Read before Readability runs: it rewrites the document it is given.
function pageMetadata(document: HtmlDocument, pageUrl: string | null): Partial<DocumentMetadata> {
  const citationAuthors = metaContents(document, "citation_author");
  const articleAuthor = metaContent(document, "article:author");
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute("href");
  return {
    title: metaContent(document, "citation_title", "og:title", "dc.title", "twitter:title"),
    author:
      (citationAuthors.length > 0 ? citationAuthors.join("; ") : null) ??
      metaContent(document, "author", "dc.creator") ??
      // article:author is often a profile URL rather than a name.
      (articleAuthor && !/^https?:/i.test(articleAuthor) ? articleAuthor : null),
    publisher: metaContent(
      document,
      "citation_publisher",
      "citation_journal_title",
      "og:site_name",
      "dc.publisher",
    ),
    published: normaliseDate(
      metaContent(
        document,
        "citation_publication_date",
        "citation_date",
        "article:published_time",
        "dc.date",
        "date",
      ) ?? document.querySelector("time[datetime]")?.getAttribute("datetime"),
    ),
    url:
      absoluteHttpUrl(canonical, pageUrl) ??
      absoluteHttpUrl(metaContent(document, "og:url"), pageUrl) ??
      pageUrl,
    language: document.documentElement?.getAttribute("lang")?.slice(0, 2).toLowerCase() || null,
  };
}

/** The article of a page (Readability), as text with its paragraphs, and what the page says of it. */
export function extractHtml(html: string, pageUrl: string | null): RawExtraction {
  // linkedom, unlike a browser, builds no <html> and <body> around a bare fragment.
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html.replace(/^\s*<!doctype[^>]*>/i, "")}</body></html>`;
  const { document } = parseHTML(page);
  const fromPage = pageMetadata(document, pageUrl);
  const fullPage = domToText(document.body ?? document.documentElement);
  const article = new Readability(document as unknown as Document).parse();
  const articleText = article?.content ? htmlToText(article.content) : "";
  return {
    // A page Readability finds no article in (a bare fragment, a short note) is taken whole.
    text: articleText.trim() ? articleText : fullPage,
    metadata: {
      ...fromPage,
      title: fromPage.title ?? (article?.title?.trim() || document.title?.trim() || null),
      author: fromPage.author ?? (article?.byline?.trim() || null),
      publisher: fromPage.publisher ?? (article?.siteName?.trim() || null),
      published: fromPage.published ?? normaliseDate(article?.publishedTime),
    },
  };
}
