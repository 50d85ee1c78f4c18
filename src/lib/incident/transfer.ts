/**
 * Moving an incident to another browser: the handoff link (the whole incident, compressed with
 * deflate-raw and base64url-encoded, in the URL fragment `#incident=…`, which a browser never
 * sends to a server) and the JSON file. Both carry the same envelope; reading either validates
 * every field (validate.ts) and says why junk is rejected. Importing merges by entry id
 * (mergeIncidents), so nothing already in this browser is lost.
 */
import { type Incident } from './record';
import { FRAGMENT_KEY } from './keys';
// The console loads this module only when a handoff link or a file is made or read; what the page
// needs at once (handoffFromHash in keys.ts, importInto in record.ts) lives apart from it.
import { validateIncident, type Checked } from './validate';

export const EXPORT_FORMAT = 'engram-runbook-incident';
/** A fragment longer than this is refused before decompressing (a link is never this long). */
const MAX_FRAGMENT = 2_000_000;
/** Decompressed JSON larger than this is refused. */
const MAX_JSON = 10_000_000;

/** The JSON text of an export file. */
export function exportJson(incident: Incident): string {
	return `${JSON.stringify({ format: EXPORT_FORMAT, incident }, null, 2)}\n`;
}

/** A file name for the export: "INC-2026-03-01-001.json" (practice ones say so). */
export function exportFileName(incident: Incident): string {
	return `${incident.practice ? 'PRACTICE-' : ''}${incident.id}.json`;
}

/** Reads an export (file text or decompressed link) into a checked incident. */
export function importJson(text: string): Checked<Incident> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'the file is not JSON' };
	}
	if (data === null || typeof data !== 'object' || (data as Record<string, unknown>).format !== EXPORT_FORMAT) {
		return { ok: false, reason: `this is not an incident export (no "format": "${EXPORT_FORMAT}")` };
	}
	const keys = Object.keys(data);
	if (keys.length !== 2 || !keys.includes('incident')) return { ok: false, reason: 'the export has other keys than "format" and "incident"' };
	const checked = validateIncident((data as Record<string, unknown>).incident);
	return checked.ok ? checked : { ok: false, reason: `the incident in it is not valid: ${checked.reason}` };
}

// ---------------------------------------------------------------------------------------------
// base64url

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	try {
		const binary = atob(padded);
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return bytes;
	} catch {
		return undefined;
	}
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
	const writer = stream.writable.getWriter();
	void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
	void writer.close().catch(() => undefined);
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			throw new Error('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

/** The fragment's value (without "#incident="): the export, deflate-raw compressed, base64url. */
export async function encodeHandoff(incident: Incident): Promise<string> {
	const json = JSON.stringify({ format: EXPORT_FORMAT, incident });
	return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** The handoff link for the console at `consoleUrl` (no fragment). */
export async function handoffLink(consoleUrl: string, incident: Incident): Promise<string> {
	return `${consoleUrl.replace(/#.*$/, '')}#${FRAGMENT_KEY}=${await encodeHandoff(incident)}`;
}

/** Reads a handoff fragment value back into a checked incident, or says why it cannot. */
export async function decodeHandoff(value: string): Promise<Checked<Incident>> {
	if (value.length === 0) return { ok: false, reason: 'the link holds no incident (nothing after #incident=)' };
	if (value.length > MAX_FRAGMENT) return { ok: false, reason: 'the link is too long to be a handoff link' };
	const bytes = fromBase64Url(value);
	if (!bytes) return { ok: false, reason: 'the link is damaged: its incident part is not base64url text (was it cut short when copied?)' };
	let json: string;
	try {
		json = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON));
	} catch {
		return { ok: false, reason: 'the link is damaged: its incident part does not decompress (was it cut short when copied?)' };
	}
	const checked = importJson(json);
	return checked.ok ? checked : { ok: false, reason: checked.reason.replace(/^the file is not JSON$/, 'the link does not hold JSON') };
}

