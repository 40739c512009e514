import { readById } from "@/lib/api/read-by-id";
import { cachedRead } from "@/lib/graph/cached-read";
import { getRelationship } from "@/lib/graph/relationships";

export const dynamic = "force-dynamic";

export const GET = cachedRead(
  readById({ what: "relationship or membership", find: getRelationship }),
);
