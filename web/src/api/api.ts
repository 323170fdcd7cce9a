/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie, the chosen
 * language in Accept-Language, and every failure turned into an ApiError that carries the
 * problem+json answer (RFC 9457) so that forms can show each message next to its field.
 */

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

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
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

export async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
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
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  del: <T = void>(path: string) => request<T>('DELETE', path),
};
