export const STORED_GZIP_ACCEPTED: "x-atlas-stored-gzip";
export const STORED_GZIP_ENCODING: "x-atlas-content-encoding";
export const GZIP_FROM_BYTES: 1024;
export function acceptsGzip(acceptEncoding: string | string[] | undefined | null): boolean;
