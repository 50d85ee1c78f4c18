/**
 * Lists every command in content/data that says neither where it was checked (`checked:`) nor
 * why it is our own step (`ours:`). The build fails on the same list.
 *   node scripts/provenance-report.ts [substring of a file path ...]
 * Exits 1 when any command lacks provenance.
 */
import { findCommands, missingProvenance } from '../src/lib/upstream/provenance.ts';
import { readDataFiles } from './data-files.ts';

const filters = process.argv.slice(2);
const files = readDataFiles().filter(([file]) => filters.length === 0 || filters.some((part) => file.includes(part)));
const sites = files.flatMap(([file, data]) => findCommands(file, data));
const missing = missingProvenance(sites);
for (const line of missing) console.log(line);
const ours = sites.filter((site) => site.checked.length === 0 && site.ours !== undefined).length;
console.log(
	`\n${sites.length} commands in ${files.length} files: ${sites.length - missing.length - ours} checked upstream, ${ours} ours, ${missing.length} without provenance.`
);
process.exitCode = missing.length > 0 ? 1 : 0;
