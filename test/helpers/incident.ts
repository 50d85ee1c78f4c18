/** Shared fixtures of the incident unit tests: the real data files and a deterministic tab. */
import { z } from 'astro/zod';
import { createStampClock } from '~/lib/shared/field-merge';
import { declareIncident, type Declaration, type EditContext, type Incident } from '~/lib/incident/record';
import { IncidentMetricSchema, IncidentMilestoneSchema } from '~/schemas/incident';
import { DATA_DIR, loadRunbookData, readYaml } from './data';

export function loadIncidentData() {
	const data = loadRunbookData();
	return {
		...data,
		milestones: z.array(IncidentMilestoneSchema).parse(readYaml(`${DATA_DIR}incident-milestones.yaml`)),
		metrics: z.array(IncidentMetricSchema).parse(readYaml(`${DATA_DIR}incident-metrics.yaml`)),
	};
}

/** A tab whose wall clock the test sets (`time.now`) and whose ids are predictable. */
export function fakeTab(by: string, time: { now: number }): EditContext {
	let n = 0;
	return { clock: createStampClock(by, () => time.now), newId: () => `${by}${String(++n).padStart(4, '0')}`, now: () => time.now };
}

export const T0 = Date.UTC(2026, 2, 1, 14, 0);
export const MIN = 60_000;

export function declared(ctx: EditContext, overrides: Partial<Declaration> = {}, known: string[] = []): Incident {
	return declareIncident(
		{
			title: 'API returning 503',
			severity: 'sev1',
			practice: false,
			startedAt: T0,
			detectedAt: T0 + 2 * MIN,
			roles: { commander: 'Ana', oncall: 'Ben' },
			...overrides,
		},
		known,
		ctx
	);
}

/** A small deterministic random generator (mulberry32) for property-style loops. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A fake localStorage: a Map, with optional failures. */
export class FakeStorage {
	map = new Map<string, string>();
	failWith: Error | undefined;
	get length() {
		return this.map.size;
	}
	key(index: number) {
		return [...this.map.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.failWith) throw this.failWith;
		this.map.set(key, value);
	}
	removeItem(key: string) {
		this.map.delete(key);
	}
}
