/**
 * A static HTTP server for the browser benchmarks, on an ephemeral localhost port.
 *
 *   /lib/…            the library as built for the run (bench/.cache/dist)
 *   /data/…           the demo data (public/data: the library's build carries none)
 *   /cold/<n>/data/…  the same files under a new URL per run: nothing in the page's
 *                     loader cache or in the HTTP cache can answer for them
 *   /dsfr/…           @gouvfr/dsfr's dist/ (the CSS and JS DSFR Chart needs)
 *   /dsfr-chart/…     @gouvfr/dsfr-chart's dist/
 *   /page/…           the benchmark pages and their harness (bench/page)
 *
 * Every answer says `Cache-Control: no-store`, so a cold fetch really goes to the
 * server; the JSON is served from memory (read once), so the disk is not measured.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Mounts {
  [prefix: string]: string;
}

export interface StaticServer {
  origin: string;
  /** Requests answered, by path prefix (`/cold`, `/data`…): to check that a cold run did fetch. */
  counts: Map<string, number>;
  close(): Promise<void>;
}

export async function startServer(mounts: Mounts): Promise<StaticServer> {
  const memo = new Map<string, Buffer>();
  const counts = new Map<string, number>();
  const read = (file: string) => {
    let b = memo.get(file);
    if (!b) memo.set(file, (b = readFileSync(file)));
    return b;
  };
  const resolve = (path: string): string | undefined => {
    // /cold/<n>/data/… is /data/…
    const p = path.replace(/^\/cold\/[^/]+\//, '/');
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!p.startsWith(`${prefix}/`)) continue;
      const full = normalize(join(dir, decodeURIComponent(p.slice(prefix.length + 1))));
      if (!full.startsWith(normalize(dir) + sep) && full !== normalize(dir)) return undefined;
      return existsSync(full) && statSync(full).isFile() ? full : undefined;
    }
    return undefined;
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const top = `/${path.split('/')[1]}`;
    counts.set(top, (counts.get(top) ?? 0) + 1);
    const file = resolve(path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end('not found');
      return;
    }
    const body = read(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          ok();
        });
      }),
  };
}
