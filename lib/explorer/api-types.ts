/** The read API's responses as the explorer uses them (issue 4, "The read API"). */
export interface ActorSummary {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description: string;
}

export interface Citation {
  passageId: string;
  documentId: string;
  text: string;
}

export interface Relationship {
  id: string;
  family: string;
  kind: string;
  source: string;
  target: string;
  weight: number;
  summary: string;
  date: { start: string | null; end: string | null; label: string | null } | string | null;
  citations: Citation[];
}
