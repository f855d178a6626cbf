import type { Plugin } from 'graphql-yoga';

/**
 * GET /ready: 200 while `isReady` says so, else 503. Yoga's own useReadinessCheck matched every request's
 * URL against a URLPattern, a cost every mutation paid (docs/performance.md).
 */
export function useReadinessEndpoint(isReady: () => Promise<boolean>): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      return isReady().then(
        (ready) => endResponse(new fetchAPI.Response(null, { status: ready ? 200 : 503 })),
        () => endResponse(new fetchAPI.Response(null, { status: 503 })),
      );
    },
  };
}
