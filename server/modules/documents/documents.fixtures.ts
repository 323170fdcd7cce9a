import { type Client, type TestApp, Client as HttpClient, json, makeOrganization, makeUser } from '../../../test/app.ts';
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

export async function makeTerm(client: Client, organizationId: string, ordinal: number, congressClosedOn: string, startYear: number) {
  const res = await client.post(`/api/v1/organizations/${organizationId}/terms`, { ordinal, startYear, endYear: startYear + 5, congressClosedOn });
  if (res.statusCode !== 201) throw new Error(`makeTerm: ${res.statusCode} ${res.body}`);
  return json<{ id: string }>(res);
}
