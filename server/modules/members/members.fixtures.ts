import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type Client, json } from '../../../test/app.ts';
import type { ActionResult, Member, MemberEvent } from './members.schema.ts';

/** Test helpers of the member register: people and members through the API, refusals that change nothing. */

export async function makeMemberPerson(client: Client, organizationId: string, birthDate = '1990-06-15', givenName?: string) {
  const res = await client.post('/api/v1/people', {
    familyName: 'Trần',
    middleName: 'Thị',
    givenName: givenName ?? `Lan ${randomUUID().slice(0, 4)}`,
    gender: 'female',
    birthDate,
    organizationId,
  });
  if (res.statusCode !== 201) throw new Error(`person: ${res.statusCode} ${res.body}`);
  return json<{ id: string; fullName: string }>(res);
}

/** An existing member entered from their record (origin 'record'), official by default. */
export async function makeOfficial(client: Client, cellId: string, overrides: Record<string, unknown> = {}) {
  const person = await makeMemberPerson(client, cellId, '1980-01-20');
  const res = await client.post('/api/v1/members', {
    personId: person.id, cellId, origin: 'record', status: 'official',
    admissionDecisionDate: '2005-03-01', ceremonyDate: '2005-03-20', officialRecognitionDate: '2006-03-25',
    partyCardNumber: `0${Math.floor(Math.random() * 1e8)}`, ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`official: ${res.statusCode} ${res.body}`);
  return json<Member>(res);
}

export async function makeApplicant(client: Client, cellId: string, birthDate = '1995-05-10', applicationDate = '2024-03-01') {
  const person = await makeMemberPerson(client, cellId, birthDate);
  const res = await client.post('/api/v1/members', { personId: person.id, cellId, origin: 'application', applicationDate });
  if (res.statusCode !== 201) throw new Error(`applicant: ${res.statusCode} ${res.body}`);
  return json<Member>(res);
}

export async function act(client: Client, id: string, action: string, body: Record<string, unknown>) {
  const res = await client.post(`/api/v1/members/${id}/actions/${action}`, body);
  if (res.statusCode !== 200) throw new Error(`${action}: ${res.statusCode} ${res.body}`);
  return json<ActionResult>(res);
}

/** The steps before the decision: introducers, certificate, cell resolution. */
export async function prepareAdmission(client: Client, applicantId: string, introducerIds: string[], certificateOn = '2023-06-01') {
  await act(client, applicantId, 'introducers', { introducers: introducerIds.map((memberId) => ({ memberId, knownSince: '2022-01-01' })) });
  await act(client, applicantId, 'course-certificate', { number: 'GCN-01', issuedOn: certificateOn, issuer: 'Trung tâm Chính trị' });
  await act(client, applicantId, 'cell-resolution', { resolvedOn: '2024-04-01', votesFor: 8, officialMembers: 10 });
}

export async function eventsOf(client: Client, id: string) {
  return json<{ data: MemberEvent[] }>(await client.get(`/api/v1/members/${id}/events`)).data;
}

/** Posts an action that must be refused with `code`, and checks that the record and history did not change. */
export async function expectRefused(client: Client, id: string, action: string, body: Record<string, unknown>, code: string) {
  const before = json<Member>(await client.get(`/api/v1/members/${id}`));
  const eventsBefore = await eventsOf(client, id);
  const res = await client.post(`/api/v1/members/${id}/actions/${action}`, body);
  expect(res.statusCode, res.body).toBe(409);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(json(res)).toMatchObject({ code });
  expect(json<Member>(await client.get(`/api/v1/members/${id}`))).toEqual(before);
  expect(await eventsOf(client, id)).toEqual(eventsBefore);
}
