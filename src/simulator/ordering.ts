import type { User } from './model.js';
import { lastParam } from './query-params.js';

// DRF's OrderingFilter: `ordering=field` or `-field`, comma-separated; fields it does not know are
// ignored. Without one, items come in id order, so pages are stable.

type Value = string | number;

/** Sorts by the query's `ordering` over the fields `keys` knows, then by `id`. */
export function orderedBy<T>(items: readonly T[], keys: Record<string, (item: T) => Value> & { id: (item: T) => Value }, query: URLSearchParams): T[] {
  const fields = (lastParam(query, 'ordering') ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter((field) => Object.hasOwn(keys, field.replace(/^-/, '')));
  const order = [...fields, 'id'].map((field) => ({ value: keys[field.replace(/^-/, '')] ?? keys.id, sign: field.startsWith('-') ? -1 : 1 }));
  return [...items].sort((a, b) => {
    for (const { value, sign } of order) {
      const [x, y] = [value(a), value(b)];
      if (x !== y) return (x < y ? -1 : 1) * sign;
    }
    return 0;
  });
}

/** Members ordered by their user's fields (a member without a user sorts first). */
export function ordered<T>(items: readonly T[], userOf: (item: T) => User | undefined, query: URLSearchParams): T[] {
  const field = (read: (user: User) => Value) => (item: T) => {
    const user = userOf(item);
    return user === undefined ? '' : read(user);
  };
  return orderedBy(
    items,
    {
      id: field((user) => user.id),
      email: field((user) => user.email),
      username: field((user) => user.username),
      last_activity: field((user) => user.lastActivity ?? ''),
    },
    query,
  );
}
