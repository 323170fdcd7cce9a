import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json } from '../../test/app.ts';
import { type World, makeDocument, pdfWith, registerIncoming, startWithFiles, upload } from '../modules/documents/documents.fixtures.ts';
import { PERMISSIONS_POLICY } from './headers.ts';

/**
 * Security headers on the app's page, the API and the API docs, and uploaded files always served as
 * attachments that no browser may sniff or render with the app's origin (docs/SECURITY.md).
 */

let t: TestApp;
let w: World;
let close: () => Promise<void>;
const webBuilt = existsSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist/index.html'));

beforeAll(async () => {
  ({ t, w, close } = await startWithFiles('congtac-headers-'));
});
afterAll(() => close());

function directives(res: LightMyRequestResponse): Map<string, string> {
  const csp = String(res.headers['content-security-policy'] ?? '');
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name = '', ...values] = d.split(/\s+/);
    return [name, values.join(' ')];
  }));
}

function expectAppHeaders(res: LightMyRequestResponse) {
  const csp = directives(res);
  expect(csp.get('script-src')).toBe("'self'");
  expect(csp.get('default-src')).toBe("'self'");
  expect(csp.get('object-src')).toBe("'none'");
  expect(csp.get('frame-ancestors')).toBe("'none'");
  expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(res.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
  expect(res.headers['permissions-policy']).toContain('camera=()');
  // Plain HTTP in tests: no HSTS, no upgrade (they would break an office network without TLS).
  expect(res.headers['strict-transport-security']).toBeUndefined();
  expect(csp.has('upgrade-insecure-requests')).toBe(false);
}

describe('security headers', () => {
  it('are on the app page, an API route, an error and the API docs', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    if (webBuilt) expect(page.headers['content-type']).toContain('text/html');
    expectAppHeaders(page);
    const api = await w.clerk.get('/api/v1/auth/me');
    expect(api.statusCode).toBe(200);
    expectAppHeaders(api);
    const problem = await t.app.inject({ method: 'GET', url: '/api/v1/khong-co' });
    expect(problem.statusCode).toBe(404);
    expectAppHeaders(problem);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expectAppHeaders(docs);
    // Swagger UI runs from files under the app's script-src, with no inline script to allow.
    expect(docs.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const initializer = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
    expect(initializer.body).toContain('"validatorUrl":null');
  });

  it('serve every kind of uploaded file as an attachment, never sniffed nor rendered inline', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Tờ trình')] }] }));
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f20000000049454e44ae426082', 'hex');
    const uploads: Array<[string, Buffer]> = [['to-trinh.pdf', pdfWith('To trinh')], ['to-trinh.docx', docx], ['anh chup.png', png], ['ghi chu.txt', Buffer.from('Ghi chú cuộc họp\n')]];
    const ids: string[] = [];
    for (const [name, content] of uploads) {
      const res = await upload(w.clerk, w.committee.id, name, content);
      expect(res.statusCode, res.body).toBe(201);
      ids.push(json<{ id: string }>(res).id);
    }
    // The same address serves a document's files and an incoming entry's scan: attach them both ways.
    const d = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.to_trinh'], summary: 'Tờ trình', fileIds: ids.slice(0, 2) });
    const scan = await registerIncoming(w.clerk, w.committee.id, { fileId: ids[0] });
    expect(scan.statusCode, scan.body).toBe(201);
    const linked = [...d.files.map((f) => f.id), json<{ fileId: string }>(scan).fileId];
    for (const [i, id] of [...ids, ...linked].entries()) {
      const res = await w.clerk.get(`/api/v1/files/${id}/content`);
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename\*=UTF-8''/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(directives(res).get('default-src'), `file ${i}`).toBe("'none'");
      expect(directives(res).has('sandbox')).toBe(true);
    }
  });

  it('serve exports as attachments', async () => {
    const exports = ['/api/v1/member-import/template.xlsx', '/api/v1/outgoing-register/export.xlsx?year=2026', '/api/v1/incoming/export.docx?year=2026'];
    for (const url of exports) {
      const res = await w.clerk.get(url);
      expect(res.statusCode, `${url} ${res.body.slice(0, 200)}`).toBe(200);
      expect(String(res.headers['content-disposition']), url).toMatch(/^attachment;/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
