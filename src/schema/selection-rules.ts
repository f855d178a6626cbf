import { z } from 'zod';
import { hasItems, inputRule, intList } from './validation.js';

// How `all` governs `included`, `excluded` and `filter`, the same in every bulk change: written once here,
// and each change's input adds its own rules on top (withSelectionRules).

const optionalIds = intList.nullish();
const selectionShape = { all: z.boolean(), included: optionalIds, excluded: optionalIds, filter: z.unknown().optional() };

type Issue<Field extends string> = (field: Field, message: string, within?: PropertyKey[]) => void;

function checkSelection(s: z.output<z.ZodObject<typeof selectionShape>>, issue: Issue<keyof typeof selectionShape>) {
  if (s.all) {
    if (hasItems(s.included)) issue('included', 'is not allowed when all is true (use excluded to leave users out)');
    return;
  }
  if (!hasItems(s.included)) issue('included', 'must list at least one user id when all is false');
  if (hasItems(s.excluded)) issue('excluded', 'is only allowed when all is true');
  if (s.filter != null) issue('filter', 'is only allowed when all is true');
}

/** The selection rules alone, for a change that adds none. */
export const selectionRules = inputRule(selectionShape, checkSelection);

/** The selection rules, then a change's own: `shape` names the further fields `check` reads. */
export function withSelectionRules<Shape extends z.ZodRawShape>(
  shape: Shape,
  check: (input: z.output<z.ZodObject<typeof selectionShape & Shape>>, issue: Issue<keyof (typeof selectionShape & Shape) & string>) => void,
) {
  return inputRule({ ...selectionShape, ...shape }, (input, issue) => {
    // The shape holds selectionShape's fields, which zod's generic output type cannot show for a generic Shape.
    checkSelection(input as z.output<z.ZodObject<typeof selectionShape>>, issue);
    check(input, issue);
  });
}
