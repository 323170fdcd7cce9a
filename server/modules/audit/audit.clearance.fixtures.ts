import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { LightMyRequestResponse } from 'fastify';
import { type TestApp, json } from '../../../test/app.ts';
import { makeLinkedUser } from '../notifications/notifications.fixtures.ts';

/** Test helpers of the access model (issue 12): readers of each kind, and the text of a response whatever its format. */

/** Every cell's text of an Excel file, or the raw text of a Word file, or the body itself. */
export async function textOf(res: LightMyRequestResponse): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('spreadsheetml')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.text))));
    return cells.join('\n');
  }
  if (type.includes('wordprocessingml')) return (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
  return res.body;
}

/** A user linked to a person (so inbox, notifications and digest apply), with a clearance. */
export async function reader(t: TestApp, organizationId: string, role: Parameters<typeof makeLinkedUser>[2], name: string, clearance = 0) {
  const u = await makeLinkedUser(t, organizationId, role, `${name.toLowerCase()}@example.org`, name);
  if (clearance > 0) {
    const current = json<{ version: number }>(await t.admin.get(`/api/v1/users/${u.userId}`));
    const res = await t.admin.patch(`/api/v1/users/${u.userId}`, { version: current.version, clearance });
    if (res.statusCode !== 200) throw new Error(`clearance: ${res.statusCode} ${res.body}`);
  }
  return u;
}

/** All pages of the audit log a client may read, as one string (snapshots included). */
export async function wholeAudit(client: { get(url: string): Promise<LightMyRequestResponse> }, query = ''): Promise<string> {
  let url: string | null = `/api/v1/audit?limit=200${query}`;
  let text = '';
  while (url) {
    const res: LightMyRequestResponse = await client.get(url);
    if (res.statusCode !== 200) throw new Error(`audit: ${res.statusCode} ${res.body}`);
    const page = json<{ data: unknown[]; links: { next: string | null } }>(res);
    text += JSON.stringify(page.data);
    url = page.links.next ? `/api/v1/audit?limit=200${query}&cursor=${encodeURIComponent(page.links.next)}` : null;
  }
  return text;
}
