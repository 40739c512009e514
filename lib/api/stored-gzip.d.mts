export const STORED_GZIP_ACCEPTED: "x-atlas-stored-gzip";
export const STORED_GZIP_ENCODING: "x-atlas-content-encoding";
export function acceptsGzip(acceptEncoding: string | string[] | undefined | null): boolean;
