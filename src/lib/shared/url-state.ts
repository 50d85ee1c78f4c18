/**
 * Tool state in the URL, so a link pasted into a war room shows the same result. Each tool declares
 * its parameters with a parser; unknown or malformed parameters are dropped and reported as short
 * notices, never thrown.
 */

/** Parses one raw parameter value; returns undefined when the value is malformed. */
export type ParamParser<T> = (raw: string) => T | undefined;

export type ParamSpec<State> = { [K in keyof State]: ParamParser<State[K]> };

export interface ParsedUrlState<State> {
	/** Only the parameters that were present and valid. */
	state: Partial<State>;
	/** One short, human sentence per ignored parameter. */
	notices: string[];
}

/** Reads `search` ("?a=1&b=2") against the spec. Parameters in `ignore` are left alone silently. */
export function parseUrlState<State>(
	search: string,
	spec: ParamSpec<State>,
	ignore: string[] = []
): ParsedUrlState<State> {
	const params = new URLSearchParams(search);
	const state: Partial<State> = {};
	const notices: string[] = [];
	for (const [name, raw] of params) {
		if (ignore.includes(name)) continue;
		if (!Object.hasOwn(spec, name)) {
			notices.push(`Ignored the unknown link parameter “${truncate(name)}”.`);
			continue;
		}
		const value = spec[name as keyof State](raw);
		if (value === undefined) {
			notices.push(`Ignored “${truncate(name)}”: the link's value “${truncate(raw)}” is not valid here.`);
		} else {
			state[name as keyof State] = value;
		}
	}
	return { state, notices };
}

/** Builds a query string ("?a=1&b=2", or "" when empty) from serialised values; empty values are left out. */
export function buildSearch(values: Record<string, string | undefined>): string {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(values)) {
		if (value !== undefined && value !== '') params.set(name, value);
	}
	const search = params.toString();
	return search === '' ? '' : `?${search}`;
}

/** Common parsers. */
export const parsers = {
	/** One of a closed set of ids. */
	oneOf:
		<T extends string>(allowed: readonly T[]): ParamParser<T> =>
		(raw) =>
			(allowed as readonly string[]).includes(raw) ? (raw as T) : undefined,
	/** A whole number within [min, max]. */
	integer:
		(min: number, max: number): ParamParser<number> =>
		(raw) => {
			if (!/^\d{1,9}$/.test(raw)) return undefined;
			const value = Number(raw);
			return value >= min && value <= max ? value : undefined;
		},
	/** Free text up to a length limit. */
	text:
		(maxLength: number): ParamParser<string> =>
		(raw) =>
			raw.length <= maxLength ? raw : undefined,
	/** A comma-separated list of ids from a closed set; any unknown id makes the whole value invalid. */
	listOf:
		<T extends string>(allowed: readonly T[]): ParamParser<T[]> =>
		(raw) => {
			if (raw === '') return [];
			const items = raw.split(',');
			return items.every((item) => (allowed as readonly string[]).includes(item))
				? [...new Set(items as T[])]
				: undefined;
		},
};

function truncate(text: string, max = 40): string {
	return text.length > max ? `${text.slice(0, max)}…` : text;
}
