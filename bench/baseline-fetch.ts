import { serveBaseline } from './baseline-server.js';

// Node's built-in fetch (undici, keep-alive by default): the same HTTP client the facade's ky sits on.
serveBaseline(async (url, call, authorization) => {
  const response = await fetch(url, {
    method: call.method,
    headers: {
      accept: 'application/json',
      ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: call.body,
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text() };
});
