// A loopback static server for fixture pages, plus a map from realistic URLs
// (https://www.reuters.com/...) to local files so URL-based logic is exercised offline.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface Route {
  file: string;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  origin: string;
  /** Serve `file` at `path` on the loopback origin; returns the full URL. */
  add(path: string, route: Route | string): string;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with `mounts` (URL prefix → directory) and explicit routes. */
export async function startServer(mounts: Record<string, string>): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let route = routes.get(path);
    if (!route) {
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) {
          const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
          route = { file: join(dir, rel) };
          break;
        }
      }
    }
    if (!route) { res.writeHead(404).end('not found'); return; }
    try {
      const body = await readFile(route.file);
      res.writeHead(200, { 'content-type': contentType(route.file), 'cache-control': 'no-store', ...route.headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    add(path, route) {
      routes.set(path, typeof route === 'string' ? { file: route } : route);
      return origin + path;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export function isLoopback(url: string): boolean {
  try {
    const u = new URL(url);
    if (!/^(https?|wss?):$/.test(u.protocol)) return true; // data:, blob:, chrome-extension:, about: never leave the machine
    return u.hostname === 'localhost' || u.hostname === '[::1]' || /^127\./.test(u.hostname);
  } catch {
    return false;
  }
}
