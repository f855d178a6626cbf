import { z } from 'zod';

export const MAX_LABEL_LENGTH = 255;

/**
 * A member tag's label, checked before any call: trimmed, not empty, at most 255 characters (Label
 * Studio's column), no control characters, and well-formed Unicode (an unpaired surrogate has no UTF-8
 * form to send). Whether the label is taken already only Label Studio knows: its 400 shows at the field.
 */
export const memberTagLabel = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_LABEL_LENGTH, `must be at most ${MAX_LABEL_LENGTH} characters`)
  .regex(/^\P{Cc}*$/u, 'must not contain control characters')
  .refine((text) => text.isWellFormed(), 'must be well-formed Unicode (no unpaired surrogate)');

export const LABEL_DESCRIPTION = `The label: trimmed, not empty, at most ${MAX_LABEL_LENGTH} characters, no control characters; unique in the organization (Label Studio refuses a label it has already: BAD_USER_INPUT at this field).`;

/** Where Label Studio's refusal of `label` shows: at the input's own field. */
export const LABEL_FIELD = { label: 'input.label' };
