/**
 * Compiled by `tsc -p web/tsconfig.json`, never run: proves that the typed client refuses what the server
 * would refuse. Every `@ts-expect-error` line must fail to compile (else tsc reports the unused directive).
 */
import { api, apiUrl, type ApiResponse } from './api';

const id = '00000000-0000-4000-8000-000000000000';

export async function contractChecks() {
  // These compile: the right path, params, body and query.
  const entry = await api.post('/api/v1/incoming/:id/done', { params: { id }, body: { version: 1, note: null } });
  const state: ApiResponse<'GET /api/v1/incoming/:id'>['state'] = entry.state;
  await api.get('/api/v1/incoming', { query: { year: 2025, includeTotal: true, limit: 25 } });
  await api.post('/api/v1/auth/logout');
  apiUrl('/api/v1/incoming/export.xlsx', { query: { year: 2025 } });

  // @ts-expect-error a body field the server does not accept
  await api.post('/api/v1/incoming/:id/done', { params: { id }, body: { version: 1, comment: 'x' } });
  // @ts-expect-error a body field of the wrong type
  await api.post('/api/v1/incoming/:id/done', { params: { id }, body: { version: '1' } });
  // @ts-expect-error a required body field left out
  await api.post('/api/v1/auth/login', { body: { username: 'a' } });
  // @ts-expect-error a path the server does not have
  await api.get('/api/v1/incomings');
  // @ts-expect-error a path the server has, with another method
  await api.del('/api/v1/incoming');
  // @ts-expect-error the path has :id, the call gives no params
  await api.get('/api/v1/incoming/:id');
  // @ts-expect-error params the path does not have
  await api.get('/api/v1/incoming', { params: { id } });
  // @ts-expect-error a query field the route does not take
  await api.get('/api/v1/incoming', { query: { year: 2025, colour: 'red' } });
  // @ts-expect-error the answer has no such field
  return [state, entry.nonsense];
}
