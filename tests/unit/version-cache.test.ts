import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cacheKey, entityTag } from "@/lib/graph/cached-read";
import { NO_GRAPH_VERSION } from "@/lib/graph/graph-version";
import { VersionCache } from "@/lib/graph/version-cache";

const V1 = "aaaaaaaaaaaaaaaa";
const V2 = "bbbbbbbbbbbbbbbb";

describe("the version cache", () => {
  it("keeps entries up to its byte bound, dropping the least recently used first", () => {
    const cache = new VersionCache<string>(100);
    expect(cache.get(V1, "a")).toBeUndefined();
    cache.set(V1, "a", "A", 40);
    cache.set(V1, "b", "B", 40);
    expect(cache.size).toBe(80);
    // Reading `a` makes `b` the coldest, so `c` pushes `b` out, not `a`.
    expect(cache.get(V1, "a")).toBe("A");
    cache.set(V1, "c", "C", 40);
    expect(cache.size).toBe(80);
    expect([cache.get(V1, "a"), cache.get(V1, "b"), cache.get(V1, "c")]).toEqual([
      "A",
      undefined,
      "C",
    ]);
    // One entry larger than the rest together evicts them all, oldest first.
    cache.set(V1, "d", "D", 90);
    expect(cache.count).toBe(1);
    expect(cache.get(V1, "d")).toBe("D");
  });

  it("never holds more bytes than its bound, and refuses what alone is larger", () => {
    const cache = new VersionCache<number>(1_000);
    cache.get(V1, "warm");
    for (let i = 0; i < 500; i++) {
      cache.set(V1, `k${i}`, i, 1 + (i % 97));
      expect(cache.size).toBeLessThanOrEqual(1_000);
    }
    expect(cache.set(V1, "huge", 0, 1_001)).toBe(false);
    expect(cache.get(V1, "huge")).toBeUndefined();
    // Replacing a key counts its bytes once.
    const fresh = new VersionCache<number>(100);
    fresh.get(V1, "x");
    fresh.set(V1, "x", 1, 60);
    fresh.set(V1, "x", 2, 60);
    expect([fresh.size, fresh.count, fresh.get(V1, "x")]).toEqual([60, 1, 2]);
  });

  it("drops every entry of the old version at the first lookup under a new one", () => {
    const cache = new VersionCache<string>(1_000);
    cache.get(V1, "a");
    cache.set(V1, "a", "old a", 10);
    cache.set(V1, "b", "old b", 10);
    expect(cache.get(V2, "a")).toBeUndefined();
    expect([cache.count, cache.size]).toEqual([0, 0]);
    // An answer read under the old version, arriving late, is not kept under the new one.
    expect(cache.set(V1, "b", "late b", 10)).toBe(false);
    expect(cache.get(V2, "b")).toBeUndefined();
    expect(cache.set(V2, "b", "new b", 10)).toBe(true);
    expect(cache.get(V2, "b")).toBe("new b");
  });

  it("keeps nothing for a graph with no version", () => {
    const cache = new VersionCache<string>(1_000);
    expect(cache.get(NO_GRAPH_VERSION, "a")).toBeUndefined();
    expect(cache.set(NO_GRAPH_VERSION, "a", "A", 1)).toBe(false);
    let runs = 0;
    cache.memo(NO_GRAPH_VERSION, "m", () => String(++runs));
    cache.memo(NO_GRAPH_VERSION, "m", () => String(++runs));
    expect(runs).toBe(2);
  });

  it("shares one load between concurrent callers of the same version and key (single flight)", async () => {
    const cache = new VersionCache<string>(1_000);
    let loads = 0;
    let release!: (value: string) => void;
    const load = () => {
      loads += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const callers = Array.from({ length: 20 }, () => cache.shared(V1, "/api/graph", load));
    const other = cache.shared(V1, "/api/actors", () => Promise.resolve("actors"));
    const newer = cache.shared(V2, "/api/graph", () => Promise.resolve("v2 graph"));
    expect(loads).toBe(1);
    release("graph");
    expect(await Promise.all(callers)).toEqual(Array(20).fill("graph"));
    expect([await other, await newer]).toEqual(["actors", "v2 graph"]);
    // Once it has settled, the next caller loads again (what is kept is `set`'s business).
    const again = cache.shared(V1, "/api/graph", load);
    expect(loads).toBe(2);
    release("graph again");
    expect(await again).toBe("graph again");
  });

  it("shares a failed load's error, then lets the next caller try again", async () => {
    const cache = new VersionCache<string>(1_000);
    const failing = () => Promise.reject(new Error("database down"));
    const both = [cache.shared(V1, "k", failing), cache.shared(V1, "k", failing)];
    await expect(Promise.all(both)).rejects.toThrow("database down");
    expect(await cache.shared(V1, "k", () => Promise.resolve("up"))).toBe("up");
  });

  it("memoises per version, sharing a pending promise and forgetting a rejected one", async () => {
    const cache = new VersionCache<Promise<number>>(Infinity);
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    const [a, b] = [cache.memo(V1, "graph", compute), cache.memo(V1, "graph", compute)];
    expect(a).toBe(b);
    expect(await a).toBe(1);
    expect(await cache.memo(V2, "graph", compute)).toBe(2);
    const failed = cache.memo(V2, "rankings", () => Promise.reject(new Error("no")));
    await expect(failed).rejects.toThrow("no");
    expect(await cache.memo(V2, "rankings", compute)).toBe(3);
  });
});

describe("a cached answer's key and tag", () => {
  it("is the path and the query in order of name, without the host", () => {
    expect(cacheKey("http://a.test/api/graph?focus=iran&depth=2")).toBe(
      cacheKey("http://b.test/api/graph?depth=2&focus=iran"),
    );
    expect(cacheKey("http://a.test/api/graph?depth=2&focus=iran")).toBe(
      "/api/graph?depth=2&focus=iran",
    );
    expect(cacheKey("http://a.test/api/actors?q=al%20sadr")).toBe(
      cacheKey("http://a.test/api/actors?q=al+sadr"),
    );
    expect(cacheKey("http://a.test/api/actors")).toBe("/api/actors");
    // Repeated parameters keep their order: a list's order may mean something.
    expect(cacheKey("http://a.test/x?kind=b&kind=a")).not.toBe(
      cacheKey("http://a.test/x?kind=a&kind=b"),
    );
  });

  it("is a strong tag that changes with the version and the URL, and only with them", () => {
    const tag = entityTag(V1, "/api/graph");
    expect(tag).toMatch(/^"v[0-9a-f]{16}-[A-Za-z0-9_-]{16}"$/);
    expect(entityTag(V1, "/api/graph")).toBe(tag);
    expect(entityTag(V2, "/api/graph")).not.toBe(tag);
    expect(entityTag(V1, "/api/graph?depth=1")).not.toBe(tag);
  });
});

describe("the public reads", () => {
  // Every route that answers through readResponse is a public read: all of them go through the cache.
  const routes = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? routes(path.join(dir, entry.name))
        : entry.name === "route.ts"
          ? [path.join(dir, entry.name)]
          : [],
    );
  const appApi = path.join(__dirname, "../../app/api");

  it("are all answered through cachedRead", () => {
    const reads = routes(appApi).filter((file) => {
      const text = readFileSync(file, "utf8");
      return /\breadResponse\b|readById\(\{(?![^}]*respond:)/.test(text);
    });
    expect(reads.length).toBeGreaterThanOrEqual(9);
    const unwrapped = reads.filter(
      (file) => !/export const GET = cachedRead\(/.test(readFileSync(file, "utf8")),
    );
    expect(unwrapped.map((file) => path.relative(appApi, file))).toEqual([]);
  });
});
