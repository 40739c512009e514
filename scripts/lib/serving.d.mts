export interface ServingMarker {
  pid: number;
  startedAt: string;
  host?: string;
  port?: number;
}
export function markServing(details: { host: string; port: number }): () => void;
export function liveServers(): ServingMarker[];
