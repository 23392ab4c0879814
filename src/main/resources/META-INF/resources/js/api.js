// HTTP to the Ami server: the API key from sessionStorage as a bearer token; every failure becomes
// an ApiError carrying the server's problem document (application/problem+json).

const KEY = 'ami.apiKey';

export const session = {
  get key() {
    return sessionStorage.getItem(KEY);
  },
  set key(value) {
    if (value) sessionStorage.setItem(KEY, value);
    else sessionStorage.removeItem(KEY);
  },
};

export class ApiError extends Error {
  constructor(problem, status) {
    super(plainProblem(problem, status));
    this.problem = problem || {};
    this.status = status;
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
  }
}

export async function api(path, { method = 'GET', body, key = session.key } = {}) {
  const headers = { Accept: 'application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ detail: 'The server could not be reached. Check that it is running and try again.' }, 0);
  }
  if (!response.ok) {
    const error = new ApiError(await readProblem(response), response.status);
    // the signed-in key stopped working (revoked, or the user erased their data): the page signs out
    if (response.status === 401 && key && key === session.key) window.dispatchEvent(new CustomEvent('ami:unauthorized', { detail: error }));
    throw error;
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

async function readProblem(response) {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object') return { status: response.status, ...parsed };
  } catch {
    // not JSON: fall through to a problem of our own
  }
  return { status: response.status, title: response.statusText };
}

const FALLBACK = {
  0: 'The server could not be reached.',
  400: 'The request was not accepted.',
  401: 'This API key was not accepted. Sign in again with a valid key.',
  403: 'This needs an administrator key.',
  404: 'That was not found.',
  413: 'That upload is too large.',
  429: 'Too many requests; wait a moment and try again.',
  502: 'A service the server depends on did not answer.',
  503: 'This part of the server is not available right now.',
};

/** The problem's detail in plain words, else its title, else a sentence for the status. */
export function plainProblem(problem, status) {
  const detail = problem?.detail || problem?.title;
  if (detail && String(detail).trim()) return String(detail).trim();
  return FALLBACK[status] || (status >= 500 ? 'The server had a problem. Try again later.' : 'Something went wrong.');
}

export function errorText(error) {
  return error instanceof ApiError ? error.message : 'Something went wrong in the page: ' + (error?.message || error);
}
