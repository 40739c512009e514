import { readById } from "@/lib/api/read-by-id";
import { getDocument } from "@/lib/graph/documents";

export const dynamic = "force-dynamic";

export const GET = readById({ what: "document", find: getDocument });
