import type { User } from './model.js';
import { lastParam } from './query-params.js';

// DRF's OrderingFilter: `ordering=field` or `-field`, comma-separated; fields it does not know are
// ignored. Without one, members come in user id order, so pages are stable.

type Key = 'id' | 'email' | 'username' | 'last_activity';
const KEYS: readonly string[] = ['id', 'email', 'username', 'last_activity'] satisfies Key[];

function value(user: User, key: Key): string | number {
  if (key === 'id') return user.id;
  if (key === 'last_activity') return user.lastActivity ?? '';
  return user[key];
}

export function ordered<T>(items: readonly T[], userOf: (item: T) => User | undefined, query: URLSearchParams): T[] {
  const fields = (lastParam(query, 'ordering') ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter((field) => KEYS.includes(field.replace(/^-/, '')));
  const order = [...fields, 'id'].map((field) => ({ key: field.replace(/^-/, '') as Key, sign: field.startsWith('-') ? -1 : 1 }));
  return [...items].sort((a, b) => {
    const userA = userOf(a);
    const userB = userOf(b);
    if (!userA || !userB) return 0;
    for (const { key, sign } of order) {
      const [x, y] = [value(userA, key), value(userB, key)];
      if (x !== y) return (x < y ? -1 : 1) * sign;
    }
    return 0;
  });
}
