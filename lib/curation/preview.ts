import { BadRequest } from "@/lib/api/errors";
import { readBodyBytes } from "@/lib/api/read-json-body";
import { parseBody } from "@/lib/api/params/parse";
import { compareWithDocuments } from "@/lib/curation/freeze";
import { extractBodySchema } from "@/lib/curation/schemas";
import type { Preview } from "@/lib/curation/types";
import type { Db } from "@/lib/db/session";
import { extractDocument } from "@/lib/documents/extract/extract-document";
import { documentLimits } from "@/lib/documents/extract/limits";
import type { Extracted } from "@/lib/documents/extract/types";
import { fetchDocumentUrl } from "@/lib/documents/fetch-url";

// Multipart framing (boundaries, part headers) around the file.
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * `POST /api/documents/extract`: a pasted text (JSON `{text}`), an uploaded file (multipart
 * field `file`) or a page to fetch (JSON `{url}`) → its text, metadata and normalisation report,
 * and whether the graph already holds it. Stores nothing.
 */
export async function previewDocument(db: Db, request: Request): Promise<Preview> {
  const limits = documentLimits();
  const contentType = request.headers.get("content-type") ?? "";
  let extracted: Extracted;
  let origin: Preview["origin"];
  let sourceFile: string | null = null;
  if (/^multipart\/form-data/i.test(contentType)) {
    const bytes = await readBodyBytes(request, limits.maxBytes + MULTIPART_OVERHEAD);
    const form = await new Response(Buffer.from(bytes), {
      headers: { "content-type": contentType },
    })
      .formData()
      .catch(() => {
        throw new BadRequest("file: the upload could not be read as a form.", { field: "file" });
      });
    const file = form.get("file");
    if (!(file instanceof Blob) || file.size === 0) {
      throw new BadRequest('file: attach a non-empty file in the form field "file".', {
        field: "file",
      });
    }
    const filename = "name" in file && typeof file.name === "string" ? file.name : "upload";
    extracted = await extractDocument({
      kind: "upload",
      bytes: new Uint8Array(await file.arrayBuffer()),
      filename,
      declaredType: file.type || null,
    });
    origin = "upload";
    sourceFile = filename;
  } else {
    const raw = await readBodyBytes(request, limits.maxBytes);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
    } catch {
      throw new BadRequest("The body must be JSON {text} or {url}, or a multipart upload.");
    }
    const body = parseBody(extractBodySchema, json);
    if ("url" in body) {
      const fetched = await fetchDocumentUrl(body.url);
      extracted = await extractDocument({
        kind: "fetched",
        bytes: fetched.bytes,
        contentType: fetched.contentType,
        url: fetched.finalUrl,
      });
      origin = "url";
      sourceFile = fetched.finalUrl;
    } else {
      extracted = await extractDocument({ kind: "paste", text: body.text });
      origin = "paste";
    }
  }
  return { ...extracted, origin, sourceFile, ...(await compareWithDocuments(db, extracted.text)) };
}
