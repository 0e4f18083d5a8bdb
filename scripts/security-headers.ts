/**
 * The app's Content-Security-Policy: everything from its own origin, no inline script, no
 * eval, no network beyond the origin. `frame-ancestors` only works as a header, so the meta
 * tag in the built page carries the rest and hosts add the header (see README, Deploying).
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const contentSecurityPolicy = directives.join('; ');

/** Headers for the preview server and for static hosts. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the security headers everywhere; the service
 * worker, the page and the manifest always revalidated, so an update is seen on the next
 * visit; hashed assets cached for a year.
 */
export function renderHeadersFile(): string {
  const all = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  const revalidate = ['/', '/index.html', '/sw.js', '/manifest.webmanifest'].map(
    (path) => `${path}\n  Cache-Control: no-cache`,
  );
  return (
    [
      ['/*', ...all].join('\n'),
      ...revalidate,
      '/assets/*\n  Cache-Control: public, max-age=31536000, immutable',
    ].join('\n') + '\n'
  );
}
