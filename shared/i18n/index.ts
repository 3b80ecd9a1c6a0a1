import { errors as enErrors } from './en/errors.ts';
import { roles as enRoles } from './en/roles.ts';
import { print as enPrint } from './en/print.ts';
import { errors as zhErrors } from './zh-CN/errors.ts';
import { roles as zhRoles } from './zh-CN/roles.ts';
import { print as zhPrint } from './zh-CN/print.ts';

/**
 * The catalogues, one namespace per file and per language. Each zh-CN file is typed as its en twin,
 * so a missing key fails the type check; a test also compares the key sets at run time.
 */
export const resources = {
  en: { errors: enErrors, roles: enRoles, print: enPrint },
  'zh-CN': { errors: zhErrors, roles: zhRoles, print: zhPrint },
} as const;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
