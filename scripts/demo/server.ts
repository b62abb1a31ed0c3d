/** Serves the demo pages on 127.0.0.1 (content scripts do not run on file:// pages). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articlePage, frontPage, VARIANT_SUFFIX, type PageVariant } from './pages';
import { SEEDS } from './seeds';

export interface DemoServer {
  origin: string;
  /** URL of the demo page of the seed with this slug (a variant: hostile CSS, a body rendered late). */
  articleUrl(slug: (typeof SEEDS)[number]['slug'], variant?: PageVariant): string;
  close(): Promise<void>;
}

function route(path: string): string | null {
  if (path === '/' || path === '/index.html') return frontPage();
  for (const seed of SEEDS) {
    if (path === `/${seed.slug}.html`) return articlePage(seed);
    for (const [variant, suffix] of Object.entries(VARIANT_SUFFIX)) {
      if (path === `/${seed.slug}${suffix}.html`) return articlePage(seed, variant as PageVariant);
    }
  }
  return null;
}

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const server: Server = createServer((request, response) => {
    const page = route(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? '<!doctype html><title>Not found</title><h1>Not found</h1>');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    articleUrl: (slug, variant = 'plain') => `${origin}/${slug}${variant === 'plain' ? '' : VARIANT_SUFFIX[variant]}.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
