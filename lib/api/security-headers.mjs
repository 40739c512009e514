// The headers every answer carries: Next adds them to its own answers (next.config.mjs `headers()`)
// and scripts/serve.mjs to the cached answers it sends without Next (lib/graph/cached-read.ts).
// Plain JS: both are loaded by bare `node`.

// Next's hydration scripts are inline, hence 'unsafe-inline' for scripts; eval is allowed only to
// the development server (its React tooling needs it).
const contentSecurityPolicy = (production) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

/** The security headers, as Next's `headers()` takes them. */
export const securityHeaders = (production) => [
  { key: "Content-Security-Policy", value: contentSecurityPolicy(production) },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
