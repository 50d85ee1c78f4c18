/**
 * The geometry of the metrics page's charts, computed at build time: the page draws it as SVG
 * (no charting script is shipped) and prints the same numbers in a table beside it.
 */
import type { MonthRow } from './metrics';

export interface Segment {
	level: string;
	count: number;
	y: number;
	height: number;
}
export interface Bar {
	month: string;
	/** "Nov" */
	label: string;
	total: number;
	x: number;
	width: number;
	segments: Segment[];
}
export interface Tick {
	value: number;
	y: number;
}
export interface StackedChart {
	width: number;
	height: number;
	/** The plot area. */
	plot: { left: number; top: number; right: number; bottom: number };
	bars: Bar[];
	ticks: Tick[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Nov", or "Jan 2027" for a January (so a year boundary is visible). */
export function monthLabel(month: string): string {
	const [year, number] = month.split('-');
	const name = MONTHS[Number(number) - 1] ?? month;
	return number === '01' ? `${name} ${year}` : name;
}

/** A "nice" axis maximum (1, 2, 5 × 10^n) at or above `max`, at least 1. */
export function niceMax(max: number): number {
	if (max <= 1) return 1;
	const power = 10 ** Math.floor(Math.log10(max));
	for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
	return 10 * power;
}

/** Stacked bars: one per month, one segment per level (first level at the bottom), in `width` × `height` units. */
export function stackedMonthChart(rows: readonly MonthRow[], levelIds: readonly string[], size = { width: 640, height: 260 }): StackedChart {
	const plot = { left: 36, top: 12, right: size.width - 8, bottom: size.height - 28 };
	const max = niceMax(Math.max(0, ...rows.map((row) => row.total)));
	const scale = (plot.bottom - plot.top) / max;
	const slot = rows.length === 0 ? 0 : (plot.right - plot.left) / rows.length;
	const barWidth = Math.min(48, slot * 0.7);
	const bars = rows.map((row, index) => {
		let y = plot.bottom;
		const segments = levelIds
			.filter((level) => (row.counts[level] ?? 0) > 0)
			.map((level) => {
				const count = row.counts[level] ?? 0;
				const height = count * scale;
				y -= height;
				return { level, count, y, height };
			});
		return { month: row.month, label: monthLabel(row.month), total: row.total, x: plot.left + index * slot + (slot - barWidth) / 2, width: barWidth, segments };
	});
	const step = max <= 5 ? 1 : max / 5;
	const ticks: Tick[] = [];
	for (let value = 0; value <= max + 1e-9; value += step) ticks.push({ value: Math.round(value), y: plot.bottom - value * scale });
	return { width: size.width, height: size.height, plot, bars, ticks };
}
