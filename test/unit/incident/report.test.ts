import { readSeed } from '../../helpers/seed';
import { describe, expect, it } from 'vitest';
import { handoffSummary, metricFigures, timelineRows, timelineTable } from '~/lib/incident/report';
import { templateValuesFromIncident, guideStatus } from '~/lib/incident/template-values';
import { deleteEntry, logEntries, logMilestone, markUpdateSent, setText, addEntry, type Incident } from '~/lib/incident/record';
import { MIN, T0, declared, fakeTab, loadIncidentData } from '../../helpers/incident';

const data = loadIncidentData();
const milestone = (id: string) => data.milestones.find((m) => m.id === id)!;

function worked(): Incident {
	const time = { now: T0 };
	const tab = fakeTab('a', time);
	let incident = declared(tab);
	const log = (id: string, minutes: number, actor?: string) => {
		time.now = T0 + minutes * MIN;
		incident = logMilestone(incident, milestone(id), tab, actor ? { actor } : {});
	};
	log('alert-fires', 1);
	log('acknowledged', 4, 'Ben');
	log('war-room', 6, 'Ana');
	time.now = T0 + 14 * MIN;
	incident = markUpdateSent(incident, tab);
	incident = addEntry(incident, { kind: 'note', text: 'Disk at 100% on /var/lib/engram' }, tab);
	log('root-cause', 20, 'Ben');
	log('mitigation', 25, 'Ben');
	log('restored', 40, 'Ben');
	log('closed', 70, 'Ana');
	incident = setText(incident, 'hypothesis', 'WAL filled the disk', tab);
	incident = setText(incident, 'nextSteps', 'Add disk alert\n- Rotate WAL', tab);
	return incident;
}

describe('the milestone list', () => {
	it('uses the guide’s own words for every event', async () => {
		const text = readSeed();
		for (const m of data.milestones) expect(text, m.id).toContain(m.event);
	});

	it('names only report fields the post-incident template has, and metric ends that exist', () => {
		const report = data.templates.find((t) => t.id === 'post-incident-report')!;
		const fieldIds = new Set(report.fields.map((f) => f.id));
		for (const m of data.milestones) {
			if (m.report) expect(fieldIds.has(m.report.time), m.report.time).toBe(true);
			if (m.report?.actor) expect(fieldIds.has(m.report.actor), m.report.actor).toBe(true);
		}
		const points = new Set(['started', 'detected', ...data.milestones.map((m) => m.id)]);
		for (const metric of data.metrics) for (const p of [...metric.from, ...metric.to]) expect(points.has(p), p).toBe(true);
	});
});

describe('report figures', () => {
	it('computes detection, mitigation and resolution times from the milestones', () => {
		expect(metricFigures(worked(), data.metrics, data.milestones).map((f) => [f.id, f.minutes, f.text])).toEqual([
			['time-to-detect', 3, '3 minutes'],
			['time-to-mitigate', 36, '36 minutes'],
			['time-to-resolve', 66, '1 hour 6 minutes'],
		]);
	});

	it('says which milestone is missing instead of a number', () => {
		const incident = declared(fakeTab('a', { now: T0 }));
		const [detect] = metricFigures(incident, data.metrics, data.milestones);
		expect(detect).toMatchObject({ text: 'Log “Engineer acknowledges” to compute this.' });
		expect(detect!.minutes).toBeUndefined();
	});

	it('makes the timeline rows from the log, a deleted entry left out', () => {
		const time = { now: T0 + 80 * MIN };
		let incident = worked();
		const note = logEntries(incident).find((e) => e.kind === 'note')!;
		incident = deleteEntry(incident, note.id, fakeTab('b', time));
		const rows = timelineRows(incident, data.milestones);
		expect(rows.map((r) => [r.clock, r.event, r.actor])).toEqual([
			['14:00', 'Incident begins (first alert or symptom)', 'System'],
			['14:00', 'Incident declared', ''],
			['14:01', 'Alert fires', 'Monitoring'],
			['14:04', 'Engineer acknowledges', 'Ben'],
			['14:06', 'War room created', 'Ana'],
			['14:14', 'Status update #1 sent', ''],
			['14:20', 'Root cause identified', 'Ben'],
			['14:25', 'Mitigation applied', 'Ben'],
			['14:40', 'Full service restored', 'Ben'],
			['15:10', 'Incident closed', 'Ana'],
		]);
		expect(timelineTable(rows.slice(0, 1))).toBe('| Time | Event | Actor |\n|------|-------|-------|\n| 14:00 | Incident begins (first alert or symptom) | System |');
	});
});

describe('handoff summary', () => {
	it('has the five parts of the guide’s handoff procedure', () => {
		const text = handoffSummary(worked(), data.severityLevels, data.milestones, T0 + 75 * MIN);
		expect(text).toContain('HANDOFF: INC-2026-03-01-001 API returning 503');
		expect(text).toContain('SEVERITY: SEV1 (Critical)');
		expect(text).toContain('STARTED: 2026-03-01 14:00 UTC (1 hour 15 minutes ago)');
		expect(text).toContain('CURRENT STATUS:\n- Open');
		expect(text).toContain('ACTIONS TAKEN:\n- 14:01 UTC Alert fires (Monitoring)\n- 14:04 UTC Engineer acknowledges (Ben)');
		expect(text).toContain('CURRENT HYPOTHESIS:\n- WAL filled the disk');
		expect(text).toContain('NEXT STEPS:\n- Add disk alert\n- Rotate WAL');
		expect(text).toContain('OPEN QUESTIONS:\n- (none written)');
		expect(text).not.toContain('PRACTICE');
	});

	it('labels a practice incident PRACTICE', () => {
		const incident = declared(fakeTab('a', { now: T0 }), { practice: true });
		expect(handoffSummary(incident, data.severityLevels, data.milestones, T0)).toMatch(/^PRACTICE — NOT A REAL INCIDENT\nHANDOFF: PRACTICE — INC-/);
	});
});

describe('templateValuesFromIncident', () => {
	const template = (id: string) => data.templates.find((t) => t.id === id)!;
	const context = { levels: data.severityLevels, milestones: data.milestones, now: T0 + 75 * MIN };

	it('fills the SEV1 notification from what the incident knows, only with its own field ids', () => {
		const values = templateValuesFromIncident(worked(), template('sev1-notification'), context);
		const ids = new Set(template('sev1-notification').fields.map((f) => f.id));
		for (const key of Object.keys(values)) expect(ids.has(key), key).toBe(true);
		expect(values).toMatchObject({
			severity: 'sev1',
			'brief-description': 'API returning 503',
			'start-time': '2026-03-01 14:00',
			status: 'Mitigating',
			'incident-commander': 'Ana',
			'on-call-engineer': 'Ben',
			'next-steps': 'Add disk alert\n- Rotate WAL',
		});
		expect(values['actions-taken']?.split('\n')[0]).toBe('14:01 UTC Alert fires (Monitoring)');
		expect(values.duration).toBeUndefined(); // computed fields stay the generator's
	});

	it('fills the progress update with the update number and the progress since the last update', () => {
		const values = templateValuesFromIncident(worked(), template('sev1-progress-update'), context);
		expect(values['update-number']).toBe('2');
		expect(values['update-time']).toBe('2026-03-01 15:15');
		expect(values.progress?.split('\n')[0]).toBe('14:14 UTC Disk at 100% on /var/lib/engram');
		expect(values.progress).not.toContain('War room');
	});

	it('fills the post-incident report’s timeline times and actors from the milestones', () => {
		const values = templateValuesFromIncident(worked(), template('post-incident-report'), context);
		expect(values).toMatchObject({
			'incident-number': '1',
			date: '2026-03-01',
			'time-begins': '14:00',
			'time-alert': '14:01',
			'time-acknowledged': '14:04',
			'actor-acknowledged': 'Ben',
			'time-war-room': '14:06',
			'time-restored': '14:40',
			'time-closed': '15:10',
			'actor-closed': 'Ana',
			'time-to-detect': '2 minutes',
		});
		expect(values['time-paged']).toBeUndefined();
	});

	it('says PRACTICE in the title of a practice incident', () => {
		const incident = declared(fakeTab('a', { now: T0 }), { practice: true });
		expect(templateValuesFromIncident(incident, template('sev1-notification'), context)['brief-description']).toBe('PRACTICE — API returning 503');
		expect(guideStatus(incident)).toBe('Investigating');
	});
});
