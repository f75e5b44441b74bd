import { type NextRequest, NextResponse } from 'next/server';

/**
 * The Content-Security-Policy of every page, with a fresh nonce per request: Next.js puts the
 * nonce on its own scripts (it reads it from this header) and app/layout.tsx on the inline
 * theme script; 'strict-dynamic' lets those load the rest of the bundle (Monaco included).
 * Styles allow inline: React Flow and Monaco position everything with style attributes, and a
 * nonce in style-src would switch 'unsafe-inline' off. Workers (simulation, export, layout,
 * Monaco) are files of this origin. Nothing is fetched from anywhere else. docs/security.md
 * lists these headers; e2e/security-headers.spec.ts checks the designer runs under them.
 */
function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // React's development build uses eval for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
