import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './fixtures';

const FOLDER = '/classroom/silk-road/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** A plain static host that has the built app in a sub-folder and nothing at its root. */
async function staticHost(): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (!path.startsWith(FOLDER)) return res.writeHead(404).end();
    const file = normalize(join('dist', path.slice(FOLDER.length) || 'index.html'));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

test('the built app runs from a sub-folder of a static host', async ({ app, page }) => {
  const server = await staticHost();
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app.origin = origin;
    const missed: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) missed.push(response.url());
    });
    await app.open(`${origin}${FOLDER}#event=sco-summit&lang=en`);
    await expect(app.activeMark()).toHaveAccessibleName(/^SCO summit in Astana/);
    await expect(app.activeParagraphs().first()).toBeVisible();
    expect(missed).toEqual([]);
  } finally {
    server.close();
  }
});
