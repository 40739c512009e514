import { parseEnv, type Env } from "@/lib/config/env";

export interface DocumentLimits {
  maxBytes: number;
  maxCharacters: number;
}

export function documentLimits(env: Env = parseEnv()): DocumentLimits {
  return { maxBytes: env.ATLAS_DOCUMENT_MAX_BYTES, maxCharacters: env.ATLAS_DOCUMENT_MAX_CHARS };
}
