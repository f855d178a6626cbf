import type { ArgBuilder } from '@pothos/core';
import { z } from 'zod';
import type { Builder, BuilderTypes } from './builder.js';

// What the list connections share: `first` and `after`, the cursor, and how a window Label
// Studio answered becomes a page. Cursors are ours: the list they belong to and a position in it,
// so a cursor from another list, or from anywhere else, is refused before any call.

export const DEFAULT_FIRST = 30;
/** Label Studio's own most per page: a connection page is then at most one or two of its pages. */
export const MAX_FIRST = 100;

/** The lists with connections; a cursor names its list. */
export type ListName = 'organizationMembers' | 'projectMembers' | 'workspaceMembers' | 'memberTags';

// `totalCount` is an Int, so no list reaches a position past the largest Int.
const MAX_POSITION = 2 ** 31 - 1;
const CURSOR = /^(organizationMembers|projectMembers|workspaceMembers|memberTags):(0|[1-9]\d{0,9})$/;

export function encodeCursor(list: ListName, position: number): string {
  return Buffer.from(`${list}:${position}`).toString('base64url');
}

/** The position a cursor of `list` points at; undefined for anything else, including another list's cursor. */
export function decodeCursor(list: ListName, cursor: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return undefined;
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  if (!match || match[1] !== list) return undefined;
  const position = Number(match[2]);
  return position <= MAX_POSITION ? position : undefined;
}

export type Args = ArgBuilder<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>>;

const first = z.number().int().min(1, 'must be at least 1').max(MAX_FIRST, `must be at most ${MAX_FIRST}`);

/** `first` and `after`, validated like every other argument: BAD_USER_INPUT before any call. */
export function connectionArgs(arg: Args, list: ListName) {
  return {
    first: arg.int({
      defaultValue: DEFAULT_FIRST,
      description: `How many to return: 1 to ${MAX_FIRST}, default ${DEFAULT_FIRST}; null means the default.`,
      validate: { schema: first },
    }),
    after: arg.string({
      description: "Return what comes after this cursor (an edge's `cursor` or `pageInfo.endCursor` from this same list); omitted: from the start.",
      validate: { schema: z.string().refine((cursor) => decodeCursor(list, cursor) !== undefined, `is not a cursor of ${list}`) },
    }),
  };
}

/** The window of the list a page covers: from the position after `after`, `first` long. */
export function pageWindow(list: ListName, { first, after }: { first?: number | null; after?: string | null }) {
  const offset = after == null ? 0 : (decodeCursor(list, after) ?? 0) + 1;
  return { offset, limit: first ?? DEFAULT_FIRST };
}

/** What Label Studio answered for a window: its `count`, and the results from the window's offset on. */
export interface ListWindow<T> {
  count: number;
  results: readonly T[];
}

/** A window as a Relay connection page; `count` is Label Studio's, so `hasNextPage` holds as of the last read. */
export function toConnection<T>(list: ListName, { offset, limit }: { offset: number; limit: number }, { count, results }: ListWindow<T>) {
  const edges = results.slice(0, limit).map((node, index) => ({ cursor: encodeCursor(list, offset + index), node }));
  return {
    totalCount: count,
    edges,
    pageInfo: {
      hasNextPage: offset + edges.length < count,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A page of `list` for `first` and `after`: the window they name, read by `read`, as a connection page. */
export function readPage<T>(
  list: ListName,
  args: { first?: number | null; after?: string | null },
  read: (window: { offset: number; limit: number }) => Promise<ListWindow<T>>,
) {
  const window = pageWindow(list, args);
  return read(window).then((answer) => toConnection(list, window, answer));
}

/** `totalCount` on every connection. */
export function addTotalCount(builder: Builder) {
  builder.globalConnectionField('totalCount', (t) =>
    t.int({
      description: 'How many there are in all, as Label Studio counted them (its `count`) when this page was read.',
      resolve: (connection) => connection.totalCount,
    }),
  );
}
