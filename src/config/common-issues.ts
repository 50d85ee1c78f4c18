/**
 * The ten common issues as the shared URL contract fixes them: number → slug of
 * /common-issues/<slug>/. The names are the facts' issue headings; pages show the published
 * page's own title when it exists and fall back to these names until then.
 */
export const commonIssues = [
	{ number: 1, slug: 'engram-wont-start', name: 'Engram won’t start' },
	{ number: 2, slug: 'high-latency', name: 'High latency / slow queries' },
	{ number: 3, slug: 'wal-lag', name: 'WAL lag increasing' },
	{ number: 4, slug: 'memory-leak', name: 'Memory leak / high memory usage' },
	{ number: 5, slug: 'data-corruption', name: 'Data corruption' },
	{ number: 6, slug: 'isolation-violation', name: 'Multi-space isolation violation' },
	{ number: 7, slug: 'nan-infinity', name: 'NaN/Infinity in confidence scores' },
	{ number: 8, slug: 'consolidation-stuck', name: 'Consolidation stuck / not running' },
	{ number: 9, slug: 'index-corruption', name: 'Index corruption' },
	{ number: 10, slug: 'grpc-connection-failures', name: 'gRPC connection failures' },
] as const;

export type CommonIssueSlug = (typeof commonIssues)[number]['slug'];

/** Every common-issue slug, in issue-number order. */
export const commonIssueSlugs = commonIssues.map((issue) => issue.slug) as [CommonIssueSlug, ...CommonIssueSlug[]];

/** The docs slug of a common issue's page. */
export function commonIssuePageSlug(slug: CommonIssueSlug): string {
	return `common-issues/${slug}`;
}
