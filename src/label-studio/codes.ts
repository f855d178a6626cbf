/** Label Studio's organization and project role codes, as its REST API spells them. */
export type RoleCode = 'OW' | 'AD' | 'MA' | 'RE' | 'AN' | 'DI' | 'NO';

/** Label Studio's user types, as its REST API spells them. */
export type UserTypeCode = 'standard' | 'flex' | 'viewonly';
