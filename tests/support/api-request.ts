import { getDriver } from "@/lib/db/driver";

type Handler = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;

export interface ApiResult<T = unknown> {
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  body: T;
}

/** Calls a route handler's GET the way Next does: a Request, and the route's params. */
export async function callGet<T = unknown>(
  handler: Handler,
  path: string,
  params: Record<string, string> = {},
): Promise<ApiResult<T>> {
  const response = await handler(new Request(`http://localhost${path}`), {
    params: Promise.resolve(params as { id: string }),
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    cacheControl: response.headers.get("cache-control"),
    body: (await response.json()) as T,
  };
}

/** The route handlers share the app's driver (lib/db/driver.ts); close it after a suite. */
export async function closeAppDriver(): Promise<void> {
  await getDriver().close();
}

export const READ_HEADERS = {
  contentType: expect.stringMatching(/^application\/json/),
  cacheControl: "public, max-age=0, s-maxage=60",
};

/** The JSON body and headers every error response has. */
export function errorResult(status: number, code: string, message: string) {
  return {
    status,
    contentType: expect.stringMatching(/^application\/json/),
    cacheControl: "no-store",
    body: { error: expect.objectContaining({ code, message }) },
  };
}
