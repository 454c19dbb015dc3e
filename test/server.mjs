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
//   /__test/store/<id>  (POST)         keeps the request body under <id>, for the next line; <id> may hold
//                                      slashes (`case-1/2024/territories.json`): a folder of files for a base-url
//   /__test/stored/<id>[?delay=<ms>]   answers the body kept under <id> (404 if none), after <ms>
//   /__test/drip                       sends a byte every 20 ms and never ends (a body that keeps coming)
//   /__test/padded/<bytes>/<path>      serves /<path> followed by spaces up to exactly <bytes> bytes,
//                                      streamed without Content-Length (?declared=1: with it)
//   /__test/page?css=dsfr|hostile&csp=1&dir=rtl&font=…   a host page with the widgets of test/browser/hosts
//   /__test/dist-page?scripts=a.js,b.js&modules=c.js&html=…   a page on the built library (dist/), strict CSP
//   /__test/host-page?csp=…&html=…     a page hosting iframes: the given body, under the given
//                                      Content-Security-Policy (none: no header)
//
// Answers are written directly with `Cache-Control: no-store`: the runner's own
// middleware would otherwise mark any path with an extension as cacheable for a
// year, and the browser would replay a 500 instead of asking again.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { PassThrough, Readable } from 'node:stream';

const ROOT = process.cwd();
const counts = new Map();
const flakySeen = new Set();
const stored = new Map();

function send(ctx, status, body, headers = {}) {
  ctx.respond = false;
  ctx.res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
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
    case 'page': {
      // A host page: optional stylesheet, strict CSP header, right-to-left, font.
      const q = ctx.query;
      const css = { dsfr: '/node_modules/@gouvfr/dsfr/dist/dsfr.min.css', hostile: '/test/browser/hosts/hostile.css' }[
        q.css
      ];
      const font = q.font ? `<link rel="stylesheet" href="/__test/font.css?f=${encodeURIComponent(q.font)}">` : '';
      const dir = q.dir ? ` dir="${q.dir === 'rtl' ? 'rtl' : 'ltr'}"` : '';
      const stylesheet = css ? `<link rel="stylesheet" href="${css}">` : '';
      const body = [
        `<!doctype html><html lang="fr"${dir}><head><meta charset="utf-8">`,
        `${stylesheet}${font}<link rel="stylesheet" href="/test/browser/hosts/layout.css">`,
        '<script src="/test/browser/catch-errors.js"></script>' +
          '<script type="module" src="/test/browser/hosts/page.ts"></script></head><body><main>',
        '<trade-balance id="b" department="32"></trade-balance>',
        '<trade-treemap id="t" department="32"></trade-treemap>',
        '<trade-sankey id="s" department="32" flow="export"></trade-sankey>',
        '<trade-summary id="k" department="32"></trade-summary>',
        '</main></body></html>',
      ].join('\n');
      const headers = { 'Content-Type': 'text/html; charset=utf-8' };
      if (q.csp) headers['Content-Security-Policy'] = "default-src 'self'";
      return send(ctx, 200, body, headers);
    }
    case 'dist-page': {
      // A page that uses the built library as an embedder would: classic scripts and/or modules from /dist/.
      const q = ctx.query;
      const list = (v) =>
        String(v ?? '')
          .split(',')
          .filter((f) => /^[\w./-]+\.js$/.test(f));
      const tags = [
        ...list(q.scripts).map((f) => `<script src="/dist/${f}"></script>`),
        ...list(q.modules).map((f) => `<script type="module" src="/dist/${f}"></script>`),
      ];
      const head = `<meta charset="utf-8"><script src="/test/browser/catch-errors.js"></script>${tags.join('')}`;
      const body = `<!doctype html><html lang="fr"><head>${head}</head><body>${String(q.html ?? '')}</body></html>`;
      return send(ctx, 200, body, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'self'",
      });
    }
    case 'host-page': {
      // A CMS's page: the given markup (iframes, maybe embed.js), under the policy the test asks for.
      const q = ctx.query;
      const head = '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head>';
      const body = `${head}<body>${String(q.html ?? '')}</body></html>`;
      const headers = { 'Content-Type': 'text/html; charset=utf-8' };
      if (q.csp) headers['Content-Security-Policy'] = String(q.csp);
      return send(ctx, 200, body, headers);
    }
    case 'font.css': {
      // The same font as a host page (the DSFR's Marianne faces included), so that label widths match.
      const family = String(ctx.query.f ?? 'sans-serif').replace(/[^\w ,'"-]/g, '');
      const dsfr = readFileSync(join(ROOT, 'node_modules/@gouvfr/dsfr/dist/dsfr.min.css'), 'utf8');
      const faces = (dsfr.match(/@font-face\{[^}]*\}/g) ?? [])
        .join('')
        .replaceAll('url(fonts/', 'url(/node_modules/@gouvfr/dsfr/dist/fonts/');
      return send(ctx, 200, `${faces} body { font-family: ${family}; }`, { 'Content-Type': 'text/css' });
    }
    case 'store': {
      const chunks = [];
      for await (const c of ctx.req) chunks.push(c);
      stored.set(parts.slice(1).join('/'), Buffer.concat(chunks));
      return send(ctx, 200, '{}');
    }
    case 'stored': {
      const body = stored.get(parts.slice(1).join('/'));
      await new Promise((r) => setTimeout(r, Number(ctx.query.delay ?? 0)));
      return body ? send(ctx, 200, body) : send(ctx, 404, 'not stored', { 'Content-Type': 'text/plain' });
    }
    case 'drip': {
      const stream = new PassThrough();
      stream.write('{"schema": 1, "pad": "');
      const timer = setInterval(() => stream.write(' '), 20);
      const stop = () => clearInterval(timer);
      ctx.req.on('close', stop);
      setTimeout(() => (stop(), stream.end()), 60_000).unref();
      return send(ctx, 200, stream);
    }
    case 'padded': {
      const bytes = Number(parts[1]);
      const file = fileFor(parts.slice(2).join('/'));
      if (!file) return send(ctx, 404, 'not found', { 'Content-Type': 'text/plain' });
      const body = readFileSync(file);
      const pad = Buffer.alloc(Math.max(0, bytes - body.length), 0x20);
      const headers = ctx.query.declared ? { 'Content-Length': String(body.length + pad.length) } : {};
      return send(
        ctx,
        200,
        Readable.from([body, pad.subarray(0, pad.length >> 1), pad.subarray(pad.length >> 1)]),
        headers,
      );
    }
    default:
      return next();
  }
}
