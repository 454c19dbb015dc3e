/**
 * Story helpers. `PENDING` is a URL whose answer never comes, to show the loading
 * state in Storybook, where there is no test server to hold a request open.
 */
export const PENDING = '/__pending__/never.json';

const realFetch = globalThis.fetch.bind(globalThis);
if (!(globalThis as any).__twPendingFetch) {
  (globalThis as any).__twPendingFetch = true;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/__pending__/')) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason ?? new DOMException('Aborted', 'AbortError')));
    });
  };
}

/** A dark page behind a dark-theme story. */
export const darkBackground = { backgrounds: { default: 'dark', values: [{ name: 'dark', value: '#161616' }] } };
