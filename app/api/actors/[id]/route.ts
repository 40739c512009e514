import { readById } from "@/lib/api/read-by-id";
import { cachedRead } from "@/lib/graph/cached-read";
import { getActor } from "@/lib/graph/actors";
import { resolveActorRedirect } from "@/lib/graph/actor-redirects";

export const dynamic = "force-dynamic";

export const GET = cachedRead(
  readById({ what: "actor", find: getActor, moved: resolveActorRedirect }),
);
