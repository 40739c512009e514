import { BadRequest, PayloadTooLarge } from "@/lib/api/errors";

/**
 * A JSON request body read with a size cap: refused at once when Content-Length says it is too
 * big, else read chunk by chunk and abandoned as soon as it passes the cap, so an endless or
 * huge body costs no more than `maxBytes` of memory.
 */
export async function readJsonBodyCapped(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new PayloadTooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new PayloadTooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BadRequest("The request body must be UTF-8 text.");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadRequest("The request body must be JSON.");
  }
}
