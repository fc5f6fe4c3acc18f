// @ts-check
/**
 * Response headers for every route (next.config.js applies them). The CSP is static, so cached pages stay
 * cached: Next's inline bootstrap scripts need 'unsafe-inline' (a nonce would make every page dynamic); what it
 * forbids is the rest: plugins, <base> hijacking, framing, foreign scripts, styles, images and connections.
 */

/** OAuth providers a sign-in form may hand over to (next-auth redirects there after a POST). */
const OAUTH_FORM_TARGETS = ["https://github.com", "https://accounts.google.com"];

/** @param {{ dev: boolean }} opts */
export function contentSecurityPolicy({ dev }) {
  const directives = {
    "default-src": ["'self'"],
    // React's development build evaluates code for its debugging aids; production does not.
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "form-action": ["'self'", ...OAUTH_FORM_TARGETS],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** @param {{ dev: boolean }} opts @returns {{ key: string; value: string }[]} */
export function securityHeaders({ dev }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    // Browsers honour HSTS only over HTTPS; two years, as the HSTS preload list asks.
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ];
}
