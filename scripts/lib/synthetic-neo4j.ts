import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  localNeo4jStatus,
  portAnswers,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "@/neo4j/local-neo4j";
import { freePort } from "@/scripts/lib/harness/throwaway-neo4j";

/** A Neo4j of its own for a synthetic graph: data, logs and credentials in one folder. */
export interface SyntheticNeo4j {
  home: string;
  uri: string;
  port: number;
  user: string;
  password: string;
}

export interface Neo4jMemory {
  heapInitial: string;
  heapMax: string;
  pageCacheMiB: number;
}

/**
 * Heap and page cache by graph size, measured on this project's 2-core, 24 GB machine (see
 * docs/performance.md): the page cache holds the whole store, the heap the biggest write batch
 * and the heaviest read query.
 */
export function memoryFor(actors: number): Neo4jMemory {
  if (actors <= 2_000) return { heapInitial: "256m", heapMax: "768m", pageCacheMiB: 128 };
  if (actors <= 20_000) return { heapInitial: "512m", heapMax: "1g", pageCacheMiB: 512 };
  return { heapInitial: "1g", heapMax: "2g", pageCacheMiB: 1536 };
}

/** What was generated into a folder's database, so a later run can reuse it. */
export interface LoadedGraph {
  actors: number;
  seed: number;
  relationshipsPerActor: number;
  claimsPerDocument: number;
  generatorVersion: number;
  loadedAt: string;
}

interface Marker {
  port: number;
  user: string;
  password: string;
  graph?: LoadedGraph;
}

const markerFile = (home: string) => path.join(home, "synthetic.json");

function readMarker(home: string): Marker | null {
  const file = markerFile(home);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Marker) : null;
}

function writeMarker(home: string, marker: Marker): void {
  writeFileSync(markerFile(home), `${JSON.stringify(marker, null, 2)}\n`, { mode: 0o600 });
}

export function loadedGraph(home: string): LoadedGraph | null {
  return readMarker(home)?.graph ?? null;
}

export function recordLoadedGraph(home: string, graph: LoadedGraph | undefined): void {
  const marker = readMarker(home);
  if (!marker) throw new Error(`no synthetic Neo4j in ${home}`);
  writeMarker(home, { ...marker, graph });
}

/**
 * Starts (or finds running) the Neo4j whose data lives in `home`, creating the folder and its
 * credentials on first use. Not tied to this process unless `tieToPid` is given: a generated
 * graph is meant to be used after the generator exits.
 */
export async function startSyntheticNeo4j(options: {
  home: string;
  port?: number;
  memory: Neo4jMemory;
  tieToPid?: number;
}): Promise<SyntheticNeo4j & { alreadyRunning: boolean }> {
  const home = path.resolve(options.home);
  mkdirSync(home, { recursive: true });
  let marker = readMarker(home);
  const running = localNeo4jStatus(home);
  if (!marker) {
    marker = {
      port: options.port ?? (await freePort()),
      user: "neo4j",
      password: randomBytes(12).toString("hex"),
    };
  } else if (!running) {
    // The recorded port may have been taken since: ask for a free one then.
    const wanted = options.port ?? marker.port;
    marker.port = (await portAnswers(wanted)) ? await freePort() : wanted;
  }
  writeMarker(home, marker);
  const started = await startLocalNeo4j({
    home,
    port: marker.port,
    user: marker.user,
    password: marker.password,
    ...options.memory,
    tieToPid: options.tieToPid,
    readyTimeoutMs: 300_000,
  });
  return {
    home,
    uri: started.uri,
    port: started.port,
    user: marker.user,
    password: marker.password,
    alreadyRunning: started.alreadyRunning,
  };
}

export function stopSyntheticNeo4j(home: string): Promise<boolean> {
  return stopLocalNeo4j(path.resolve(home));
}
