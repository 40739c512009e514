import { readById } from "@/lib/api/read-by-id";
import { getActor } from "@/lib/graph/actors";

export const dynamic = "force-dynamic";

export const GET = readById({ what: "actor", find: getActor });
