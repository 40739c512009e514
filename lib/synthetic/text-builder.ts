import type { Span } from "@/lib/seed/quotes";

/** Appends strings and says where each landed, in UTF-16 offsets like the seed's spans. */
export function textBuilder() {
  const parts: string[] = [];
  let length = 0;
  return {
    append(part: string): Span {
      parts.push(part);
      length += part.length;
      return { start: length - part.length, end: length };
    },
    text: () => parts.join(""),
  };
}
