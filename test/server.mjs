// Test-only endpoints for the browser tests, served by @web/test-runner's dev server.
//   /__test/status/<code>              answers that HTTP status
//   /__test/delay/<ms>/<path>          serves /<path> after <ms> milliseconds (…/delay/0/… = no delay)
//   /__test/hang                       starts a JSON answer and never ends it
//   /__test/big/<mb>                   streams <mb> MB of JSON-ish bytes, without Content-Length
//   /__test/big-declared/<mb>          declares <mb> MB in Content-Length (and sends little)
//   /__test/text?body=…                answers the given body as application/json
//   /__test/count/<path>               serves /<path>, counting requests per path
//   /__test/counts, /__test/counts-reset   reads or resets those counters
//   /__test/flaky/<id>/<path>          answers 500 the first time for <id>, then serves /<path>
//
// Answers are written directly with `Cache-Control: no-store`: the runner's own
// middleware would otherwise mark any path with an extension as cacheable for a
// year, and the browser would replay a 500 instead of asking again.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { PassThrough, Readable } from 'node:stream';

const ROOT = process.cwd();
const counts = new Map();
const flakySeen = new Set();

function send(ctx, status, body, headers = {}) {
  ctx.respond = false;
  ctx.res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  if (body instanceof Readable) body.pipe(ctx.res);
  else ctx.res.end(body);
}

function fileFor(rest) {
  // /data/… lives in public/data, as Vite serves it.
  const path = rest.startsWith('data/') ? `public/${rest}` : rest;
  const full = normalize(join(ROOT, path));
  if (!full.startsWith(ROOT) || !existsSync(full) || !statSync(full).isFile()) return undefined;
  return full;
}

function serveFile(ctx, rest) {
  const file = fileFor(rest);
  if (!file) return send(ctx, 404, 'not found', { 'Content-Type': 'text/plain' });
  return send(ctx, 200, createReadStream(file));
}

export async function testEndpoints(ctx, next) {
  if (!ctx.path.startsWith('/__test/')) return next();
  const parts = ctx.path.slice('/__test/'.length).split('/');
  const what = parts[0];
  switch (what) {
    case 'status':
      return send(ctx, Number(parts[1]), `status ${parts[1]}`, { 'Content-Type': 'text/plain' });
    case 'delay': {
      await new Promise((r) => setTimeout(r, Number(parts[1])));
      return serveFile(ctx, parts.slice(2).join('/'));
    }
    case 'hang': {
      // Never ended: the client's timeout must end it. Closed after a minute at most.
      const stream = new PassThrough();
      stream.write('{"schema": 1, ');
      setTimeout(() => stream.end(), 60_000).unref();
      return send(ctx, 200, stream);
    }
    case 'big': {
      const bytes = Number(parts[1]) * 1024 * 1024;
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      return send(
        ctx,
        200,
        Readable.from(
          (function* () {
            yield Buffer.from('[');
            for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk;
            yield Buffer.from(']');
          })(),
        ),
      );
    }
    case 'big-declared': {
      const stream = new PassThrough();
      stream.write('{}');
      setTimeout(() => stream.destroy(), 2_000).unref();
      return send(ctx, 200, stream, { 'Content-Length': String(Number(parts[1]) * 1024 * 1024) });
    }
    case 'text':
      return send(ctx, 200, String(ctx.query.body ?? ''));
    case 'count': {
      const rest = parts.slice(1).join('/');
      counts.set(rest, (counts.get(rest) ?? 0) + 1);
      return serveFile(ctx, rest);
    }
    case 'counts':
      return send(ctx, 200, JSON.stringify(Object.fromEntries(counts)));
    case 'counts-reset':
      counts.clear();
      return send(ctx, 200, '{}');
    case 'flaky': {
      const id = parts[1];
      if (!flakySeen.has(id)) {
        flakySeen.add(id);
        return send(ctx, 500, 'first call fails', { 'Content-Type': 'text/plain' });
      }
      return serveFile(ctx, parts.slice(2).join('/'));
    }
    default:
      return next();
  }
}
