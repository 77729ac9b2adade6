import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile, hostAllowed, isPublicAddress } from '../../bot/teams/file-download.js';

describe('downloadFile follows no redirect to another host', () => {
  let server: Server;
  let base = '';
  let hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      const port = (server.address() as AddressInfo).port;
      if (req.url === '/away') res.writeHead(302, { location: `https://localhost:${port}/file` }).end();
      else if (req.url === '/moved') res.writeHead(302, { location: '/file' }).end();
      else res.end('type;titre\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const rules = { hosts: ['127.0.0.1', 'localhost'], allowLoopbackHttp: true };

  it('follows a redirect on the same host', async () => {
    hits = [];
    const bytes = await downloadFile(`${base}/moved`, 1000, rules);
    expect(Buffer.from(bytes).toString()).toBe('type;titre\n');
    expect(hits).toEqual(['/moved', '/file']);
  });

  it('refuses a redirect to another host, which is never asked', async () => {
    hits = [];
    await expect(downloadFile(`${base}/away`, 1000, rules)).rejects.toThrow(/another host/);
    expect(hits).toEqual(['/away']);
  });
});

describe('the addresses and hosts a download may reach', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['52.109.0.1', true],
    ['2a01:111:f400::1', true],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('matches a host exactly or as a subdomain of *.domain', () => {
    const hosts = ['*.sharepoint.com'];
    expect(hostAllowed('cd82-my.sharepoint.com', hosts)).toBe(true);
    expect(hostAllowed('sharepoint.com.evil.fr', hosts)).toBe(false);
    expect(hostAllowed('evilsharepoint.com', hosts)).toBe(false);
  });
});
