/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie, the chosen
 * language in Accept-Language, and every failure turned into an ApiError that carries the
 * problem+json answer (RFC 9457) so that forms can show each message next to its field.
 */
import type { ApiRoutes } from './routes.gen';

export interface FieldError {
  field: string;
  /** The field in words, when the server's label map knows it. */
  label?: string;
  code: string;
  message: string;
}

export interface Problem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: FieldError[];
  current?: unknown;
  /** Any other member the server adds (e.g. `existing` with a possible duplicate). */
  [member: string]: unknown;
}

/** The members every problem has; the others are kept in ApiError.extra. */
const KNOWN = new Set(['status', 'code', 'title', 'detail', 'errors', 'current', 'type', 'instance', 'requestId']);

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  /** On 409 the server sends the record as it is now. */
  readonly current: unknown;
  /** The problem's own members beyond the standard ones, e.g. the entry a duplicate warning is about. */
  readonly extra: Record<string, unknown>;

  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.current = problem.current;
    this.extra = Object.fromEntries(Object.entries(problem).filter(([k]) => !KNOWN.has(k)));
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

let language = 'vi';
let onUnauthorized: (() => void) | null = null;

export function setApiLanguage(lang: string) {
  language = lang;
}

/** Called when the session has ended (any 401 outside the log-in call itself). */
export function setUnauthorizedHandler(handler: (() => void) | null) {
  onUnauthorized = handler;
}

export function withQuery(path: string, query?: object): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'title' in value;
}

async function readProblem(res: Response): Promise<Problem> {
  try {
    const body: unknown = await res.json();
    if (isProblem(body)) return { ...body, status: res.status };
  } catch {
    // not JSON: fall through
  }
  const offline = res.status === 502 || res.status === 503 || res.status === 504;
  return {
    status: res.status,
    code: offline ? 'network.unavailable' : 'http.error',
    title: offline ? 'server unavailable' : `HTTP ${res.status}`,
  };
}

async function request(method: Method, path: string, body?: unknown, query?: object): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network.unavailable', title: 'network error' });
  }
  if (!res.ok) {
    const problem = await readProblem(res);
    const isLogin = path.startsWith('/api/v1/auth/login');
    if (res.status === 401 && !isLogin) onUnauthorized?.();
    throw new ApiError(problem);
  }
  if (res.status === 204) return undefined;
  return await res.json();
}

// ---- the typed contract: every call is checked against the server's routes (routes.gen.ts) ----

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteKey = keyof ApiRoutes;
/** The URL patterns (`/api/v1/incoming/:id`) the server answers for `method`. */
export type PathOf<M extends Method> = { [K in RouteKey]: K extends `${M} ${infer P}` ? P : never }[RouteKey];
type RouteAt<M extends Method, P extends PathOf<M>> = ApiRoutes[`${M} ${P}` & RouteKey];

export type ApiParams<K extends RouteKey> = ApiRoutes[K]['params'];
export type ApiBody<K extends RouteKey> = ApiRoutes[K]['body'];
export type ApiResponse<K extends RouteKey> = ApiRoutes[K]['response'];
/** A query as the page builds it: 'true'/'false' fields take booleans, numeric strings numbers, optional ones null. */
export type ApiQuery<K extends RouteKey> = QueryInput<ApiRoutes[K]['query']>;
type QueryValue<V> =
  | V
  | ('true' extends V ? boolean : never)
  | (V extends `${number}` ? number : never)
  | (undefined extends V ? null : never);
type QueryInput<Q> = [Q] extends [never] ? never : { [F in keyof Q]: QueryValue<Q[F]> };

/** A part of a call: forbidden when the route has none, optional when everything in it is. */
type Part<Name extends string, T, Optional> = [T] extends [never]
  ? { [N in Name]?: never }
  : Optional extends true
    ? { [N in Name]?: T }
    : { [N in Name]: T };
interface RouteTypes {
  params: unknown;
  query: unknown;
  body: unknown;
}
export type CallOptions<R extends RouteTypes> = Part<'params', R['params'], false> &
  Part<'query', QueryInput<R['query']>, true> &
  Part<'body', R['body'], Record<string, never> extends R['body'] ? true : false>;
/** The options argument may be left out when nothing in it is required. */
type Args<O> = Record<string, never> extends O ? [options?: O] : [options: O];
export type CallArgs<M extends Method, P extends PathOf<M>> = Args<CallOptions<RouteAt<M, P>>>;

interface LooseOptions {
  params?: Record<string, string | number>;
  query?: object;
  body?: unknown;
}

/** `/api/v1/incoming/:id` with params { id } -> `/api/v1/incoming/0b6…`. */
function fill(pattern: string, params: Record<string, string | number> = {}): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
}

function caller<M extends Method>(method: M) {
  return <P extends PathOf<M>>(path: P, ...[options]: CallArgs<M, P>): Promise<RouteAt<M, P>['response']> => {
    const o = (options ?? {}) as LooseOptions;
    // A POST always carries a JSON body, {} when the route takes none (as Fastify's JSON parser expects).
    const body = o.body ?? (method === 'POST' ? {} : undefined);
    return request(method, fill(path, o.params), body, o.query) as Promise<RouteAt<M, P>['response']>;
  };
}

/** The server's API, one function per method: `api.post('/api/v1/incoming/:id/done', { params: { id }, body })`. */
export const api = {
  get: caller('GET'),
  post: caller('POST'),
  put: caller('PUT'),
  patch: caller('PATCH'),
  del: caller('DELETE'),
};

/** The URL of a GET route, for a link or a download (`<a href>`, window.location). */
export function apiUrl<P extends PathOf<'GET'>>(path: P, ...[options]: CallArgs<'GET', P>): string {
  const o = (options ?? {}) as LooseOptions;
  return withQuery(fill(path, o.params), o.query);
}
