import {
  EARLY_VIEW_GLOBAL,
  earlyViewScript,
  takeEarlyView,
} from "@/components/explorer/early-view";

describe("the explorer's early view fetch", () => {
  const globals = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete globals.window;
    delete globals.fetch;
  });

  it("cannot close its script element, whatever the url holds", () => {
    const script = earlyViewScript('/api/graph/layout?focus=</script><img src=x onerror="1">');
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain("<img");
  });

  it("starts the fetch when the script runs, and hands the response over once, for its url", async () => {
    const response = new Response("{}");
    const asked: string[] = [];
    globals.window = globalThis;
    globals.fetch = (url: string) => {
      asked.push(url);
      return Promise.resolve(response);
    };
    new Function(earlyViewScript("/api/graph/summary"))();
    expect(asked).toEqual(["/api/graph/summary"]);
    expect(takeEarlyView("/api/graph/layout?limit=1000")).toBeNull();
    await expect(takeEarlyView("/api/graph/summary")).resolves.toBe(response);
    expect(takeEarlyView("/api/graph/summary")).toBeNull();
    expect(globals[EARLY_VIEW_GLOBAL]).toBeUndefined();
  });
});
