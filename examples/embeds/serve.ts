/**
 * Serves the embed examples: `pnpm example:embeds [--api http://localhost:3000] [--port 5173]`
 * prints their URL. Start the API first (`pnpm start`); the pages book in its `demo` workspace.
 * The pages are served from their own origin, as a customer's site would be.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildEmbeds } from './build.ts';

/** The API origin the pages are written for (what `pnpm start` serves). */
const DEFAULT_API = 'http://localhost:3000';
const PAGES = ['plain.html', 'react.html', 'vue.html'];

/** A running examples server. */
export interface EmbedsServer {
  /** The index page, linking every example. */
  url: string;
  /** An example page's URL, pointed at the server's API (`page` is e.g. `react.html`). */
  pageUrl: (page: string) => string;
  close: () => Promise<void>;
}

/** Bundles the examples and serves them; `api` replaces the default API origin in every page. */
export async function serveEmbeds(options: { api?: string; port?: number; host?: string } = {}): Promise<EmbedsServer> {
  const api = (options.api ?? DEFAULT_API).replace(/\/$/, '');
  const files = new Map<string, { type: string; body: string }>();
  for (const [name, code] of await buildEmbeds()) files.set(`/${name}`, { type: 'text/javascript; charset=utf-8', body: code });
  for (const page of PAGES) {
    // plain.html names the API in its script tag, as a site owner writes it.
    const html = (await readFile(fileURLToPath(new URL(page, import.meta.url)), 'utf8')).replaceAll(DEFAULT_API, api);
    files.set(`/${page}`, { type: 'text/html; charset=utf-8', body: html });
  }
  const query = api === DEFAULT_API ? '' : `?api=${encodeURIComponent(api)}`;
  const index = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slotkit embed examples</title></head>
<body><h1>Slotkit embed examples</h1><ul>${PAGES.map((page) => `<li><a href="/${page}${query}">${page}</a></li>`).join('')}</ul></body></html>`;
  files.set('/', { type: 'text/html; charset=utf-8', body: index });

  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://embeds').pathname);
    if (file) res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
    else if (req.url === '/favicon.ico') res.writeHead(204).end();
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  const host = options.host ?? '127.0.0.1';
  server.listen(options.port ?? 0, host);
  await new Promise((resolve, reject) => { server.once('listening', resolve); server.once('error', reject); });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    pageUrl: (page) => `${origin}/${page}${query}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { api: { type: 'string' }, port: { type: 'string', default: '5173' } } });
  const running = await serveEmbeds({ port: Number(values.port), host: 'localhost', ...(values.api ? { api: values.api } : {}) });
  process.stderr.write(`\n  Slotkit embed examples: ${running.url}  (API ${values.api ?? DEFAULT_API}; Ctrl-C stops)\n\n`);
}
