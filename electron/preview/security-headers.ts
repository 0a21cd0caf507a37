/** The preview's Content-Security-Policy: the same strict policy as the desktop app's page, plus
 * the WebSocket back to this server. */
export function previewCsp(port: number): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // wavesurfer.js renders inside a shadow root with its own <style> element, and fetches the
    // recording from a blob: URL (connect-src blob:).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob: data:",
    `connect-src 'self' blob: ws://127.0.0.1:${port} ws://localhost:${port}`,
    "worker-src 'self' blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on every preview response. */
export function securityHeaders(port: number): Record<string, string> {
  return {
    'Content-Security-Policy': previewCsp(port),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
