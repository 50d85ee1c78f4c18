/**
 * Lists every command in content/data that says neither where it was checked (`checked:`) nor
 * why it is our own step (`ours:`). The build fails on the same list.
 *   npm run provenance [-- --table] [-- substring of a file path ...]
 * --table prints, per data file: commands, checked upstream, ours, defect links.
 * Exits 1 when any command lacks provenance.
 */
import { findCommands, findDefectRefs, missingProvenance } from '../src/lib/upstream/provenance.ts';
import { readDataFiles } from './data-files.ts';

const args = process.argv.slice(2);
const table = args.includes('--table');
const filters = args.filter((arg) => arg !== '--table');
const files = readDataFiles().filter(([file]) => filters.length === 0 || filters.some((part) => file.includes(part)));
const sites = files.flatMap(([file, data]) => findCommands(file, data));
const missing = missingProvenance(sites);
for (const line of missing) console.log(line);

if (table) {
	console.log('| data file | commands | checked upstream | ours only | defect links |');
	console.log('| --- | ---: | ---: | ---: | ---: |');
	for (const [file, data] of files) {
		const here = findCommands(file, data);
		if (here.length === 0) continue;
		const checked = here.filter((site) => site.checked.length > 0).length;
		const oursOnly = here.filter((site) => site.checked.length === 0 && site.ours !== undefined).length;
		console.log(`| ${file.replace('content/data/', '')} | ${here.length} | ${checked} | ${oursOnly} | ${findDefectRefs(file, data).length} |`);
	}
}

const ours = sites.filter((site) => site.checked.length === 0 && site.ours !== undefined).length;
console.log(
	`\n${sites.length} commands in ${files.length} files: ${sites.length - missing.length - ours} checked upstream, ${ours} ours, ${missing.length} without provenance.`
);
process.exitCode = missing.length > 0 ? 1 : 0;
