import { type Client, json } from '../../../test/app.ts';
import { act, makeOfficial } from '../members/members.fixtures.ts';
import type { Meeting, Participant } from './meetings.schema.ts';

/** Test helpers of meetings: a cell with members of every status the quorum rule distinguishes. */

export interface CellCast {
  officials: string[];
  probationary: string;
  exempt: string;
  elsewhere: string;
}

/**
 * Six official members, one probationary, one exempt from activities, one temporarily active
 * elsewhere: person ids.
 */
export async function castCell(client: Client, cellId: string): Promise<CellCast> {
  const officials: string[] = [];
  for (let i = 0; i < 6; i++) officials.push((await makeOfficial(client, cellId)).personId);
  const probationary = await makeOfficial(client, cellId, { status: 'probationary', officialRecognitionDate: null, ceremonyDate: '2026-03-02', admissionDecisionDate: '2026-02-20' });
  const exempt = await makeOfficial(client, cellId);
  await act(client, exempt.id, 'exemption', { from: '2026-01-05', grounds: 'Tuổi cao, sức yếu' });
  const elsewhere = await makeOfficial(client, cellId);
  await act(client, elsewhere.id, 'transfer-out', { kind: 'temporary', leftOn: '2026-02-01', toOrganization: 'Đảng ủy phường Ba Đình' });
  return { officials, probationary: probationary.personId, exempt: exempt.personId, elsewhere: elsewhere.personId };
}

export async function planMeeting(client: Client, organizationId: string, overrides: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/meetings', {
    organizationId,
    kind: 'cell_regular',
    startsAt: '2026-12-10T08:00:00+07:00',
    endsAt: '2026-12-10T11:00:00+07:00',
    place: 'Phòng họp tầng 3',
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`planMeeting: ${res.statusCode} ${res.body}`);
  return json<Meeting>(res);
}

export const byPerson = (m: { participants: Participant[] }, personId: string) => {
  const p = m.participants.find((x) => x.personId === personId);
  if (!p) throw new Error(`not invited: ${personId}`);
  return p;
};

export async function ok<T>(res: { statusCode: number; body: string }, status = 200): Promise<T> {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return JSON.parse(res.body) as T;
}

export async function setState(client: Client, m: { id: string }, state: string, extra: Record<string, unknown> = {}) {
  const current = json<Meeting>(await client.get(`/api/v1/meetings/${m.id}`));
  return ok<Meeting>(await client.post(`/api/v1/meetings/${m.id}/state`, { version: current.version, state, ...extra }));
}
