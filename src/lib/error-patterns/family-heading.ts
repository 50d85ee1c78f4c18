import type { ErrorFamily } from '../../schemas/error-pattern';

/** The slug of the error-pattern catalog page. */
export const ERROR_PATTERNS_PAGE = 'troubleshooting/error-patterns';

/** The heading each family has on the catalog page: "3. Storage and persistence failures". */
export function errorFamilyHeading(family: Pick<ErrorFamily, 'number' | 'name'>): string {
	return `${family.number}. ${family.name}`;
}
