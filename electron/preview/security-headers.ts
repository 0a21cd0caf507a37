/** The preview's Content-Security-Policy: the desktop app's page policy, with the WebSocket back
 * to this server's own origin (`host` is the Host header the guard already accepted) in place of
 * the desktop app's audio scheme. */
export function previewCsp(host: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // wavesurfer.js renders inside a shadow root with its own <style> element, fetches the
    // recording (connect-src 'self') and plays it from a blob: URL (media-src blob:).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "media-src 'self' blob:",
    `connect-src 'self' ws://${host}`,
    "worker-src 'self'",
    "frame-src 'none'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on every preview response. */
export function securityHeaders(host: string): Record<string, string> {
  return {
    'Content-Security-Policy': previewCsp(host),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
