import { readById } from "@/lib/api/read-by-id";
import { noStoreResponse } from "@/lib/api/read-response";
import { savedViewIdSchema } from "@/lib/views/saved-view-input";
import { getSavedView } from "@/lib/views/saved-views";

export const dynamic = "force-dynamic";

// Saved views change when a researcher saves one, not with the graph: never cached.
export const GET = readById({
  what: "saved view",
  find: getSavedView,
  idSchema: savedViewIdSchema,
  respond: (view) => noStoreResponse({ view }),
});
