import { describe, expect, it } from 'vitest';
import { buildEscalationSearch, escalationParamSpec } from '~/lib/escalation/url';
import { parseUrlState } from '~/lib/shared/url-state';

const spec = escalationParamSpec(['sev1', 'sev2', 'sev3', 'sev4'], ['data-corruption', 'security-concern']);

describe('the escalation lookup link', () => {
	it('round-trips every parameter, with readable commas', () => {
		const search = buildEscalationSearch({
			q: 'wal corrupt',
			severity: 'sev1',
			minutes: 45,
			triggers: ['data-corruption', 'security-concern'],
		});
		expect(search).toBe('?q=wal+corrupt&severity=sev1&minutes=45&triggers=data-corruption,security-concern');
		expect(parseUrlState(search, spec)).toEqual({
			state: { q: 'wal corrupt', severity: 'sev1', minutes: 45, triggers: ['data-corruption', 'security-concern'] },
			notices: [],
		});
	});

	it('accepts the severity classifier link', () => {
		expect(parseUrlState('?severity=sev2', spec).state).toEqual({ severity: 'sev2' });
	});

	it('leaves empty values out', () => {
		expect(buildEscalationSearch({ q: '', triggers: [] })).toBe('');
		expect(buildEscalationSearch({ minutes: 0 })).toBe('?minutes=0');
	});

	it('drops bad values with a notice each', () => {
		const { state, notices } = parseUrlState(
			'?severity=sev9&minutes=-1&triggers=data-corruption,nope&q=' + 'x'.repeat(500) + '&foo=1',
			spec
		);
		expect(state).toEqual({});
		expect(notices).toHaveLength(5);
	});

	it('cuts a very long query to what a link may carry', () => {
		const search = buildEscalationSearch({ q: 'y'.repeat(1000) });
		expect(parseUrlState(search, spec).notices).toEqual([]);
	});
});
