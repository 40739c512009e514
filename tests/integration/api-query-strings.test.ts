import { GET as actorById } from "@/app/api/actors/[id]/route";
import { GET as balance } from "@/app/api/analysis/balance/route";
import { GET as compare } from "@/app/api/analysis/compare/route";
import { GET as evidence } from "@/app/api/analysis/evidence/route";
import { GET as rankings } from "@/app/api/analysis/rankings/route";
import { GET as timeline } from "@/app/api/analysis/timeline/route";
import { GET as documentById } from "@/app/api/documents/[id]/route";
import { GET as exportGet } from "@/app/api/export/route";
import { GET as paths } from "@/app/api/paths/route";
import { GET as relationshipById } from "@/app/api/relationships/[id]/route";
import { GET as viewById } from "@/app/api/views/[id]/route";
import { callGet, closeAppDriver } from "@/tests/support/api-request";

afterAll(closeAppDriver);

type Handler = Parameters<typeof callGet>[0];

const UNKNOWN = "is not a parameter of this endpoint";
const ID = "must be an id: lower-case letters, digits and single hyphens";
const PERIOD = 'must be a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
const PATH_FAMILIES = "must list one or more of influence, hostility, separated by commas";
const PATHS = "/api/paths?from=iran&to=us-forces-in-iraq";

/** Every GET route reads its query string with one parser: these are its rules, route by route. */
const CASES: Array<[string, Handler, string, Record<string, string>, string, string]> = [
  // Unknown parameters are refused, never ignored.
  ["paths", paths, `${PATHS}&famlies=x`, {}, "famlies", UNKNOWN],
  ["paths", paths, "/api/paths?famlies=x&from=iran&to=pmu", {}, "famlies", UNKNOWN],
  ["compare", compare, "/api/analysis/compare?a=iran&b=pmu&c=x", {}, "c", UNKNOWN],
  [
    "timeline",
    timeline,
    "/api/analysis/timeline?before=2020-01&after=2020-02&during=x",
    {},
    "during",
    UNKNOWN,
  ],
  ["rankings", rankings, "/api/analysis/rankings?limit=5", {}, "limit", UNKNOWN],
  ["balance", balance, "/api/analysis/balance?x=1", {}, "x", UNKNOWN],
  ["evidence", evidence, "/api/analysis/evidence?x=1", {}, "x", UNKNOWN],
  ["actor", actorById, "/api/actors/iran?depth=2", { id: "iran" }, "depth", UNKNOWN],
  [
    "relationship",
    relationshipById,
    "/api/relationships/iran-backs-pmu?x=1",
    { id: "iran-backs-pmu" },
    "x",
    UNKNOWN,
  ],
  [
    "document",
    documentById,
    "/api/documents/f662abb57264ea17?passage=p1",
    { id: "f662abb57264ea17" },
    "passage",
    UNKNOWN,
  ],
  [
    "saved view",
    viewById,
    "/api/views/0123456789abcdef?x=1",
    { id: "0123456789abcdef" },
    "x",
    UNKNOWN,
  ],
  [
    "paths export",
    exportGet,
    `/api/export?format=json&analysis=paths&from=iran&to=pmu&famlies=x`,
    {},
    "famlies",
    UNKNOWN,
  ],
  // A repeated key is joined with commas: only a list parameter accepts that.
  ["paths", paths, "/api/paths?from=iran&from=pmu&to=us-forces-in-iraq", {}, "from", ID],
  ["paths", paths, `${PATHS}&k=2&k=3`, {}, "k", "must be a whole number from 1 to 10"],
  [
    "paths",
    paths,
    `${PATHS}&directed=true&directed=false`,
    {},
    "directed",
    "must be true or false",
  ],
  ["compare", compare, "/api/analysis/compare?a=iran&b=pmu&b=iraq", {}, "b", ID],
  [
    "timeline",
    timeline,
    "/api/analysis/timeline?before=2020-01&before=2020-02&after=2020-03",
    {},
    "before",
    PERIOD,
  ],
  [
    "paths export",
    exportGet,
    "/api/export?format=json&analysis=paths&from=iran&to=pmu&k=1&k=2",
    {},
    "k",
    "must be a whole number from 1 to 10",
  ],
  // Malformed or missing values.
  ["paths", paths, "/api/paths?from=Iran&to=pmu", {}, "from", ID],
  ["paths", paths, "/api/paths?from=iran", {}, "to", "is required"],
  ["paths", paths, `${PATHS}&k=1.5`, {}, "k", "must be a whole number from 1 to 10"],
  ["paths", paths, `${PATHS}&k=11`, {}, "k", "must be at most 10"],
  ["paths", paths, `${PATHS}&maxHops=2e0`, {}, "maxHops", "must be a whole number from 1 to 6"],
  ["paths", paths, `${PATHS}&maxHops=7`, {}, "maxHops", "must be at most 6"],
  ["paths", paths, `${PATHS}&directed=yes`, {}, "directed", "must be true or false"],
  [
    "paths",
    paths,
    `${PATHS}&families=membership`,
    {},
    "families",
    `unknown value "membership": ${PATH_FAMILIES}`,
  ],
  ["paths", paths, `${PATHS}&families=,`, {}, "families", PATH_FAMILIES],
  ["paths", paths, "/api/paths?from=iran&to=iran", {}, "to", "must differ from from"],
  ["compare", compare, "/api/analysis/compare?b=iran", {}, "a", "is required"],
  ["compare", compare, "/api/analysis/compare?a=iran&b=Iraq", {}, "b", ID],
  ["compare", compare, "/api/analysis/compare?a=iran&b=iran", {}, "b", "must differ from a"],
  ["timeline", timeline, "/api/analysis/timeline?before=2020-01", {}, "after", "is required"],
  [
    "timeline",
    timeline,
    "/api/analysis/timeline?before=2020-01&after=February",
    {},
    "after",
    PERIOD,
  ],
  [
    "timeline",
    timeline,
    "/api/analysis/timeline?before=2020-02-30&after=2020-03",
    {},
    "before",
    PERIOD,
  ],
];

describe("query strings on every GET route", () => {
  it.each(CASES)(
    "%s: %s is a 400 naming %s",
    async (_name, handler, path, params, parameter, message) => {
      expect(await callGet(handler, path, params)).toEqual({
        status: 400,
        contentType: expect.stringMatching(/^application\/json/),
        cacheControl: "no-store",
        body: {
          error: {
            code: "bad_request",
            message: `Invalid parameter: ${parameter}: ${message}`,
            details: [{ parameter, message }],
          },
        },
      });
    },
  );

  it("names every bad parameter at once, unknown ones included", async () => {
    const { status, body } = await callGet(paths, `${PATHS}&k=0&famlies=x`);
    expect({ status, body }).toEqual({
      status: 400,
      body: {
        error: {
          code: "bad_request",
          message: `Invalid parameter: k: must be at least 1; famlies: ${UNKNOWN}`,
          details: [
            { parameter: "k", message: "must be at least 1" },
            { parameter: "famlies", message: UNKNOWN },
          ],
        },
      },
    });
  });

  it.each([
    [
      "paths",
      paths,
      `${PATHS}&families=influence&families=hostility`,
      `${PATHS}&families=influence,hostility`,
    ],
    ["paths", paths, `${PATHS}&k=&maxHops=`, PATHS],
    [
      "compare",
      compare,
      "/api/analysis/compare?a=%20iran%20&b=united-states",
      "/api/analysis/compare?a=iran&b=united-states",
    ],
  ])(
    "%s: %s answers as %s (repeated lists joined, values trimmed, empty values absent)",
    async (_name, handler, path, same) => {
      const [one, other] = [await callGet(handler, path), await callGet(handler, same)];
      expect(one.status).toBe(200);
      expect(one).toEqual(other);
    },
  );
});
