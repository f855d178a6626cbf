import { describe, expect, it } from 'vitest';
import { isAssignableRole, ROLES, USER_TYPES, type RoleCode } from '../../src/label-studio/codes.js';
import { loadDefinition, type Json } from './definition.js';

// The codes the service knows (codes.ts, from which its GraphQL enums come) are the codes Label
// Studio's definition names: a code added upstream is one edit of the definition and a red test here.

const { schemas } = loadDefinition().components;

/** The known values of an open enum: its `enum` branch. */
function knownValues(name: string): Json[] {
  const anyOf = schemas[name]?.['anyOf'];
  const branch = Array.isArray(anyOf) ? anyOf.find((one) => one !== null && typeof one === 'object' && !Array.isArray(one) && 'enum' in one) : undefined;
  const values = branch && typeof branch === 'object' && !Array.isArray(branch) ? branch['enum'] : undefined;
  if (!Array.isArray(values)) throw new Error(`${name} has no enum branch`);
  return values;
}

describe("the service's codes and Label Studio's definition", () => {
  it('knows exactly the roles of OrganizationRoleEnum', () => {
    expect(Object.keys(ROLES).sort()).toEqual([...knownValues('OrganizationRoleEnum')].sort());
  });

  it('assigns exactly the roles of AssignableOrganizationRoleEnum', () => {
    const roles = Object.keys(ROLES) as RoleCode[];

    expect(roles.filter(isAssignableRole).sort()).toEqual([...knownValues('AssignableOrganizationRoleEnum')].sort());
  });

  it('knows exactly the user types of AssignableUserTypeEnum', () => {
    expect(Object.keys(USER_TYPES).sort()).toEqual([...knownValues('AssignableUserTypeEnum')].sort());
  });

  it('reads each of those enums as open, so that a code added later still validates', () => {
    for (const name of ['OrganizationRoleEnum', 'AssignableOrganizationRoleEnum', 'AssignableUserTypeEnum', 'RoleSourceEnum']) {
      expect(schemas[name]?.['anyOf']).toContainEqual({ type: 'string' });
    }
  });
});
