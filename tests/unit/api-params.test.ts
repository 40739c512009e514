import { actorsQuerySchema } from "@/lib/api/params/actors";
import { graphQuerySchema } from "@/lib/api/params/graph";
import { idParamsSchema } from "@/lib/api/params/id";
import { NO_PARAMS, parseParams, queryObject } from "@/lib/api/params/parse";
import { pathsQuerySchema } from "@/lib/api/params/paths";
import { BadRequest } from "@/lib/api/errors";

describe("query strings", () => {
  it("join repeated keys with commas, trim values and drop empty ones", () => {
    expect(
      queryObject("http://x/api/graph?families=influence&families=%20hostility%20&q=&focus=iran"),
    ).toEqual({ families: "influence,hostility", focus: "iran" });
  });

  it("give the graph view its defaults", () => {
    expect(parseParams(graphQuerySchema, {})).toEqual({
      depth: 1,
      families: ["influence", "hostility", "membership"],
      undated: false,
      limit: 1000,
    });
  });

  it("turn lists, numbers and periods into their values", () => {
    expect(
      parseParams(graphQuerySchema, {
        focus: "qassem-soleimani",
        depth: "3",
        families: "hostility, influence,hostility",
        kinds: "person,state",
        minWeight: "2",
        from: "2020",
        to: "2020-02",
        undated: "true",
        limit: "10000",
      }),
    ).toEqual({
      focus: "qassem-soleimani",
      depth: 3,
      families: ["hostility", "influence"],
      kinds: ["person", "state"],
      minWeight: 2,
      from: "2020-01-01",
      to: "2020-02-29",
      undated: true,
      limit: 10000,
    });
  });

  it("accept a date range of one day", () => {
    expect(parseParams(graphQuerySchema, { from: "2020-01-05", to: "2020-01-05" })).toMatchObject({
      from: "2020-01-05",
      to: "2020-01-05",
    });
  });

  it("give the paths their defaults", () => {
    expect(parseParams(pathsQuerySchema, { from: "iran", to: "pmu" })).toEqual({
      from: "iran",
      to: "pmu",
      k: 3,
      maxHops: 6,
      families: ["influence", "hostility"],
      directed: false,
    });
  });

  it("give the actor search its defaults", () => {
    expect(parseParams(actorsQuerySchema, { q: "Iran" })).toEqual({
      q: "Iran",
      limit: 50,
      offset: 0,
    });
  });

  it.each([
    [graphQuerySchema, { depth: "1.5" }, "depth"],
    [graphQuerySchema, { minWeight: "2e0" }, "minWeight"],
    [graphQuerySchema, { from: "2020-02-30" }, "from"],
    [graphQuerySchema, { kinds: "person,,alien" }, "kinds"],
    [actorsQuerySchema, { limit: " 5" }, "limit"],
    [idParamsSchema, { id: "-iran" }, "id"],
    [idParamsSchema, { id: "" }, "id"],
    [pathsQuerySchema, { from: "iran", to: "pmu", k: "3.0" }, "k"],
    [pathsQuerySchema, { to: "pmu" }, "from"],
    [NO_PARAMS, { x: "1" }, "x"],
  ])("reject a bad value with a BadRequest naming it (%#)", (schema, input, parameter) => {
    const error = (() => {
      try {
        parseParams(schema, input);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(BadRequest);
    expect((error as BadRequest).details).toEqual([{ parameter, message: expect.any(String) }]);
  });
});
