import path from "node:path";
import { readDocumentFolder, type DocumentFolder } from "@/lib/seed/read-folder";
import { locateBody } from "@/lib/seed/quotes";
import { seedAnalysisTerms } from "@/lib/seed/analysis-terms";
import type { AnalysisInput, AnalysisTerm } from "@/lib/text/types";

export const SEED_DIR = path.join(process.cwd(), "graph-seed", "f662abb57264ea17");

export type SeedArticle = DocumentFolder & { bodyStart: number; bodyEnd: number };

/** The seed article as the seed loader reads it, with its body located the same way. */
export async function readSeedArticle(): Promise<SeedArticle> {
  const issues: string[] = [];
  const folder = await readDocumentFolder(SEED_DIR, issues);
  if (!folder) throw new Error(`seed folder unreadable:\n${issues.join("\n")}`);
  const body = locateBody(
    folder.text,
    folder.document.body.startQuote,
    folder.document.body.endQuote,
  );
  if (!body.ok) throw new Error(body.message);
  return { ...folder, bodyStart: body.span.start, bodyEnd: body.span.end };
}

export function seedTerms({ actors, document }: SeedArticle): AnalysisTerm[] {
  return seedAnalysisTerms(actors, document.id);
}

export function seedInput(article: SeedArticle, text = article.text): AnalysisInput {
  const shift = text.length - article.text.length;
  return {
    text,
    bodyStart: article.bodyStart,
    bodyEnd: article.bodyEnd + shift,
    published: article.document.published?.date ?? null,
    terms: seedTerms(article),
    judgements: { documentScoped: [], notSame: [] },
  };
}
