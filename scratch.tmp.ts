import { loadRunbookData } from './test/helpers/data.ts';
import { buildTemplateModel } from './src/lib/template-model.ts';
const data = loadRunbookData();
for (const t of data.templates) {
  const { model, problems } = buildTemplateModel(t, (p) => { const v = p.split('.').reduce((n: any, k) => n?.[k], data.organisation); return typeof v === 'string' ? v : undefined; });
  console.log('==', t.id, problems);
  let s = '';
  for (const f of model.fields) { if (f.section !== s) { s = f.section; console.log('  #', s); } console.log('    ', f.id, f.kind, JSON.stringify(f.tokens), f.defaultValue ?? '', f.defaultClock ?? ''); }
  if (t.id === 'post-incident-report') console.log(JSON.stringify(model.body.slice(88, 97)));
}
