import { describe, expect, it } from 'vitest';
import { capitalisedNumberWord, numberWord } from '~/lib/shared/number-words';

describe('numberWord', () => {
	it('writes small counts as words and larger ones as digits', () => {
		expect(numberWord(0)).toBe('zero');
		expect(numberWord(5)).toBe('five');
		expect(numberWord(10)).toBe('ten');
		expect(numberWord(11)).toBe('eleven');
		expect(numberWord(20)).toBe('twenty');
		expect(numberWord(21)).toBe('21');
		expect(numberWord(2.5)).toBe('2.5');
		expect(numberWord(-1)).toBe('-1');
	});

	it('capitalises for the start of a sentence', () => {
		expect(capitalisedNumberWord(7)).toBe('Seven');
		expect(capitalisedNumberWord(42)).toBe('42');
	});
});
