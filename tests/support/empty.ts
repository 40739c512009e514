// Stands in for the "server-only" marker package, which only resolves inside Next's server build.
export {};
