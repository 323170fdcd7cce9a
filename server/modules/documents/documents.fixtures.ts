import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { vi } from 'vitest';
import { type Client, type TestApp, Client as HttpClient, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import type { DocumentDetail } from './documents.schema.ts';

/** Test factories for documents and registers: an agency with a party committee, users, types by key. */

export interface World {
  committee: { id: string; path: string };
  cell: { id: string; path: string };
  other: { id: string; path: string };
  clerk: Client;
  secretary: Client;
  outsider: Client;
  types: Record<string, string>;
}

export async function makeWorld(t: TestApp): Promise<World> {
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Văn phòng Quốc hội' });
  const cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  const other = await makeOrganization(t.admin, { name: 'Đảng bộ khác' });
  const c = await makeUser(t.admin, [{ role: 'committee_office', organizationId: committee.id }], { clearance: 1 });
  const s = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cell.id }]);
  const o = await makeUser(t.admin, [{ role: 'committee_office', organizationId: other.id }], { clearance: 3 });
  const list = json<{ data: Array<{ id: string; regime: string; key: string }> }>(await t.admin.get('/api/v1/document-types'));
  const types = Object.fromEntries(list.data.map((x) => [`${x.regime}.${x.key}`, x.id]));
  return {
    committee, cell, other, types,
    clerk: await new HttpClient(t.app).login(c.username, c.password),
    secretary: await new HttpClient(t.app).login(s.username, s.password),
    outsider: await new HttpClient(t.app).login(o.username, o.password),
  };
}

/**
 * The test app and world with uploads kept in a data directory of their own; `env` adds settings
 * (FILE_MAX_BYTES). close() stops the app and removes the directory.
 */
export async function startWithFiles(prefix: string, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  vi.stubEnv('DATA_DIR', dataDir);
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const t = await startTestApp();
  const w = await makeWorld(t);
  const close = async () => {
    await t.close();
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { t, w, dataDir, close };
}

export async function makeDocument(client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/documents', { summary: 'Về việc tổ chức hội nghị', issuerCode: 'VPQH', signerName: 'Nguyễn Văn A', ...body });
  if (res.statusCode !== 201) throw new Error(`makeDocument: ${res.statusCode} ${res.body}`);
  return json<DocumentDetail>(res);
}

/** Submits and signs a draft: ready to issue. */
export async function makeSigned(client: Client, body: Record<string, unknown>, signedOn = '2026-03-02') {
  const d = await makeDocument(client, body);
  const submitted = json<DocumentDetail>(await client.post(`/api/v1/documents/${d.id}/transitions`, { version: d.version, action: 'submit' }));
  const res = await client.post(`/api/v1/documents/${d.id}/transitions`, { version: submitted.version, action: 'sign', on: signedOn });
  if (res.statusCode !== 200) throw new Error(`makeSigned: ${res.statusCode} ${res.body}`);
  return json<DocumentDetail>(res);
}

export async function issue(client: Client, d: { id: string; version: number }, issuedOn = '2026-03-02', extra: Record<string, unknown> = {}) {
  return client.post(`/api/v1/documents/${d.id}/issue`, { version: d.version, issuedOn, ...extra });
}

/** Registers an incoming document (a guidance from the central organization committee unless overridden). */
export function registerIncoming(client: Client, organizationId: string, body: Record<string, unknown> = {}) {
  return client.post('/api/v1/incoming', {
    organizationId, receivedOn: '2026-03-05', sender: 'Ban Tổ chức Trung ương', symbol: null,
    documentDate: '2026-03-01', typeName: 'Hướng dẫn', summary: 'Hướng dẫn tổ chức đại hội chi bộ', ...body,
  });
}

/** Rows in the audit log: a refused request must leave it as it was. */
export async function auditCount(t: TestApp) {
  return Number((await t.database.db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

export async function makeTerm(client: Client, organizationId: string, ordinal: number, congressClosedOn: string, startYear: number) {
  const res = await client.post(`/api/v1/organizations/${organizationId}/terms`, { ordinal, startYear, endYear: startYear + 5, congressClosedOn });
  if (res.statusCode !== 201) throw new Error(`makeTerm: ${res.statusCode} ${res.body}`);
  return json<{ id: string }>(res);
}

export const BOUNDARY = '----congtac-test-boundary';

/** A multipart body with one file part, as a browser sends it. */
export function multipart(name: string, content: Buffer, type = 'application/octet-stream') {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

export function upload(client: Client, organizationId: string, name: string, content: Buffer) {
  return client.request('POST', `/api/v1/files?organizationId=${organizationId}`, multipart(name, content), { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` });
}

/** A one-page PDF whose text is `text` (ASCII), with a correct cross-reference table. */
export function pdfWith(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The rows of an exported workbook's first sheet, as values. */
export async function sheetRows(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}
