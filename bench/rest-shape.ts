// The REST requests the facade sends for each mutation, rebuilt by hand so the baselines and the ceiling
// row make the same upstream call without importing the facade's code (which is what they measure against).

export interface RestRequest {
  method: 'POST' | 'DELETE';
  /** Path and query, starting with '/'. */
  target: string;
  /** JSON text. */
  body?: string;
}

/** The facade's default UPSTREAM_MAX_REQUEST_LINE_BYTES: nginx's 8 KB cap on `METHOD target HTTP/1.1`. */
const MAX_REQUEST_LINE_BYTES = 8192;

export const fitsRequestLine = (method: string, target: string) => Buffer.byteLength(`${method} ${target} HTTP/1.1`) <= MAX_REQUEST_LINE_BYTES;

export function assignRest(input: { organizationId: number; all: boolean; included: number[]; overwrite: boolean; tags: number[] }): RestRequest {
  const { organizationId, all, included, overwrite, tags } = input;
  return {
    method: 'POST',
    target: `/api/organizations/${organizationId}/member-tags/assignments`,
    body: JSON.stringify({ all, ...(included.length > 0 ? { included } : {}), overwrite, tags }),
  };
}

/** Ids go in the query string (commas unescaped, as the facade writes them) unless the line gets too long. */
export function unassignRest(input: { projectId: number; all: boolean; included: number[] }): RestRequest {
  const { projectId, all, included } = input;
  const path = `/api/projects/${projectId}/members/bulk/`;
  const inQuery = `${path}?all=${all}${included.length > 0 ? `&included=${included.join(',')}` : ''}`;
  if (fitsRequestLine('DELETE', inQuery)) return { method: 'DELETE', target: inQuery };
  // Past the cap the facade switches to the documented JSON-body form of the same DELETE.
  return { method: 'DELETE', target: path, body: JSON.stringify({ all, ...(included.length > 0 ? { included } : {}) }) };
}
