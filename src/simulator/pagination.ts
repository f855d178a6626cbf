import type { LabelStudioError } from './errors.js';
import { lastParam } from './query-params.js';

// DRF's PageNumberPagination as Label Studio configures it: `page` from 1, `page_size` up to a maximum,
// absolute `next`/`previous` links, and 404 "Invalid page." for a page that does not exist.

const DEFAULT_PAGE_SIZE = 30;
export const MAX_PAGE_SIZE = 100;

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export type Paginated<T> = { ok: true; page: Page<T> } | { ok: false; error: LabelStudioError };

/** DRF ignores a page size it cannot read, and caps one that is too large. */
function pageSize(query: URLSearchParams): number {
  const raw = lastParam(query, 'page_size');
  const size = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : 0;
  return size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

/** `pageUrl(query)` gives the absolute URL of the same request with that query. */
export function paginate<T>(items: readonly T[], query: URLSearchParams, pageUrl: (query: URLSearchParams) => string): Paginated<T> {
  const size = pageSize(query);
  const raw = lastParam(query, 'page') ?? '1';
  const last = Math.max(1, Math.ceil(items.length / size));
  const number = /^\d+$/.test(raw) ? Number(raw) : raw === 'last' ? last : 0;
  if (number < 1 || number > last) return { ok: false, error: { status: 404, detail: 'Invalid page.' } };
  const link = (target: number) => {
    const linked = new URLSearchParams(query);
    linked.set('page', String(target));
    return pageUrl(linked);
  };
  return {
    ok: true,
    page: {
      count: items.length,
      next: number < last ? link(number + 1) : null,
      previous: number > 1 ? link(number - 1) : null,
      results: items.slice((number - 1) * size, number * size),
    },
  };
}
