import { readById } from "@/lib/api/read-by-id";
import { getRelationship } from "@/lib/graph/relationships";

export const dynamic = "force-dynamic";

export const GET = readById({ what: "relationship or membership", find: getRelationship });
