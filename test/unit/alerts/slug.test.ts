import { describe, expect, it } from 'vitest';
import { alertSlug } from '~/lib/alerts/slug';

describe('alertSlug', () => {
	it.each([
		['WALLagCritical', 'wal-lag-critical'],
		['WALLagHigh', 'wal-lag-high'],
		['EngramDown', 'engram-down'],
		['HighMemoryOperationLatency', 'high-memory-operation-latency'],
		['SpreadingLatencySLOBreach', 'spreading-latency-slo-breach'],
		['IndexFallbackActive', 'index-fallback-active'],
		['HighFanOutNodes', 'high-fan-out-nodes'],
		['ABC', 'abc'],
		['Alert2Fast', 'alert2-fast'],
		['odd name_with__junk', 'odd-name-with-junk'],
	])('turns %s into %s', (name, slug) => {
		expect(alertSlug(name)).toBe(slug);
	});
});
