import { describe, expect, it } from 'vitest';
import { ERROR_PATTERNS_PAGE, errorFamilyHeading } from '~/lib/error-patterns/family-heading';

describe('errorFamilyHeading', () => {
	it('is the heading the catalog page gives a family', () => {
		expect(errorFamilyHeading({ number: 3, name: 'Storage and persistence failures' })).toBe('3. Storage and persistence failures');
		expect(ERROR_PATTERNS_PAGE).toBe('troubleshooting/error-patterns');
	});
});
