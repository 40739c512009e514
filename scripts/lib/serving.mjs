// Which processes serve the production build in `.next`: scripts/serve.mjs leaves a marker for
// itself there while it runs, and scripts/lib/build.ts refuses to rebuild underneath a live one
// (a rebuild replaces the chunks a running server still sends to browsers). Plain JS, because
// serve.mjs runs under bare `node`; serving.d.mts gives TypeScript its types.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const MARKERS = path.join(".next", "atlas-serving");

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error.code === "EPERM";
  }
}

/** Marks this process as serving `.next` until it exits; returns the function that unmarks it. */
export function markServing(details) {
  mkdirSync(MARKERS, { recursive: true });
  const file = path.join(MARKERS, `${process.pid}.json`);
  writeFileSync(
    file,
    JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), ...details }),
  );
  const unmark = () => rmSync(file, { force: true });
  process.once("exit", unmark);
  return unmark;
}

/** The live processes serving `.next` (markers of dead ones, left by a kill -9, are removed). */
export function liveServers() {
  let names;
  try {
    names = readdirSync(MARKERS);
  } catch {
    return [];
  }
  const servers = [];
  for (const name of names) {
    const file = path.join(MARKERS, name);
    let marker;
    try {
      marker = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      continue;
    }
    if (typeof marker.pid === "number" && marker.pid !== process.pid && alive(marker.pid)) {
      servers.push(marker);
    } else if (marker.pid !== process.pid) {
      rmSync(file, { force: true });
    }
  }
  return servers;
}
