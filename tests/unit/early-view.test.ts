import {
  EARLY_DRAW_GLOBAL,
  EARLY_VIEW_GLOBAL,
  earlyViewScript,
  takeEarlyView,
} from "@/components/explorer/early-view";
import { EARLY_GRAPH_SCRIPT } from "@/components/graph/early-graph";
import { earlyDrawState } from "@/lib/explorer/early-draw";
import { parseViewState } from "@/lib/explorer/view-state";

describe("the explorer's early view fetch", () => {
  const globals = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete globals.window;
    delete globals.fetch;
    delete globals.document;
    delete globals[EARLY_DRAW_GLOBAL];
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

  it.each([
    ["a large view (server positions): drawn", { positions: { a: { x: 0, y: 0 } } }, true],
    ["a view laid out in the tab: left to the explorer", { positions: null }, false],
  ])(
    "with a drawing, loads the drawing's script at once and hands it %s",
    async (_, answer, drawn) => {
      const appended: Array<{ src?: string }> = [];
      const element = () => ({}) as Record<string, string>;
      globals.window = globalThis;
      globals.document = {
        createElement: element,
        head: { appendChild: (e: never) => appended.push(e) },
      };
      globals.fetch = () => Promise.resolve(new Response(JSON.stringify({ nodes: [], ...answer })));
      const draw = earlyDrawState(parseViewState(new URLSearchParams("focus=</script>&limit=400")));
      const script = earlyViewScript("/api/graph/layout?limit=400", draw);
      expect(script).not.toMatch(/<\/script/i);
      new Function(script)();
      // Before the answer is in: the script compiles while the view is on its way.
      expect(appended).toEqual([{ src: EARLY_GRAPH_SCRIPT }]);
      await expect(globals[EARLY_DRAW_GLOBAL]).resolves.toEqual(
        drawn ? { draw, view: { nodes: [], ...answer } } : null,
      );
      // The explorer still gets the whole response.
      await expect((await takeEarlyView("/api/graph/layout?limit=400"))!.json()).resolves.toEqual({
        nodes: [],
        ...answer,
      });
    },
  );

  it("without a drawing, loads no script", () => {
    const appended: unknown[] = [];
    globals.window = globalThis;
    globals.document = {
      createElement: () => ({}),
      head: { appendChild: (e: never) => appended.push(e) },
    };
    globals.fetch = () => Promise.resolve(new Response("{}"));
    new Function(earlyViewScript("/api/graph/summary", null))();
    expect(appended).toEqual([]);
    expect(globals[EARLY_DRAW_GLOBAL]).toBeUndefined();
  });
});
