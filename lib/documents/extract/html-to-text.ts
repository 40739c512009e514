import { parseHTML } from "linkedom";

// Readability's textContent (and the DOM's) runs paragraphs together ("efforts.Iraq’s"): walk
// the tree instead, ending a paragraph at every block element and a line at every <br>.

const BLOCK = new Set(
  "address article aside blockquote body caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tr ul".split(
    " ",
  ),
);
const SKIP = new Set(
  "canvas head iframe noscript object script select style svg template textarea".split(" "),
);
const CELL = new Set(["td", "th"]);

interface DomNode {
  nodeType: number;
  localName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function domToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  let preDepth = 0;
  const flush = () => {
    const paragraph = current
      .split("\n")
      .map((line) => (preDepth > 0 ? line.trimEnd() : line.trim()))
      .join("\n")
      .trim();
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      // Outside <pre>, a line break in the source is just a space, as a browser shows it.
      current += preDepth > 0 ? text : text.replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.localName ?? "";
    if (SKIP.has(tag)) return;
    if (tag === "br") {
      current += "\n";
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === "pre") preDepth += 1;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (tag === "pre") preDepth -= 1;
    if (CELL.has(tag)) current += " ";
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

/** An HTML fragment or page as text, one blank line between block elements. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToText(document.body as unknown as DomNode);
}
