/** Human-readable reports (without --json). */
import { isLooseCoverage, isLooselyRelated, type Analysis, type RelatedDocument } from '../engine/types';
import type { RecordIssue } from '../engine/corpus/records';

function score(n: number): string {
  return n.toFixed(2);
}

function quote(s: string, max = 400): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

function outlet(doc: string, related: readonly RelatedDocument[]): string {
  const r = related.find((x) => x.doc === doc);
  return r?.source ? `${r.source} (${doc})` : doc;
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

export function formatRelated(related: readonly RelatedDocument[]): string {
  if (related.length === 0) return 'No related coverage found in the corpus.\n';
  const lines = [`Related coverage (${related.length}):`];
  related.forEach((r, i) => {
    const who = r.source ? `${r.source} · ` : '';
    const loose = isLooselyRelated(r) ? ' (loosely related)' : '';
    lines.push(`  ${String(i + 1).padStart(2)}. [${score(r.score)}]${loose} ${who}${r.title ?? '(no title)'}`);
    lines.push(`      ${r.doc}`);
  });
  if (isLooseCoverage(related)) {
    lines.push('  None is clearly about this story (each was related only on a second look): they may tell another one.');
  }
  return `${lines.join('\n')}\n`;
}

export function formatAnalysis(a: Analysis, meta: { truncated: boolean }): string {
  const out: string[] = [];
  out.push(`Article: ${a.article.title ?? '(no title)'} (${a.article.sentences} sentences)`);
  if (meta.truncated) out.push('Note: the page looks cut short (paywall); the article may say more than was read.');
  out.push('');
  out.push(formatRelated(a.related).trimEnd());
  if (a.related.length === 0) return `${out.join('\n')}\n`;

  out.push('');
  if (a.omitted.length === 0) out.push('Omitted: nothing the related coverage reports is missing from the article.');
  else {
    out.push(`Omitted (${a.omitted.length}), most important first:`);
    a.omitted.forEach((item, i) => {
      const outlets = [...new Set(item.sources.map((s) => a.related.find((r) => r.doc === s.doc)?.source ?? s.doc))];
      const head = `${String(i + 1).padStart(3)}. ${item.topic ? `[${item.topic}] ` : ''}${item.text.replace(/\s+/g, ' ').trim()}`;
      out.push(head);
      out.push(`       score ${score(item.score)} · reported by ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}: ${outlets.join(', ')}`);
      for (const s of item.sources) out.push(indent(`— ${outlet(s.doc, a.related)}: ${quote(s.quote)}`, '       '));
      if (item.claim) out.push(`       next to: ${quote(item.claim.text, 200)} (chars ${item.claim.start}–${item.claim.end})`);
    });
  }

  out.push('');
  if (a.discrepancies.length === 0) out.push('Discrepancies: none found.');
  else {
    out.push(`Discrepancies (${a.discrepancies.length}):`);
    a.discrepancies.forEach((d, i) => {
      out.push(`${String(i + 1).padStart(3)}. (${d.kind}) ${d.note}`);
      out.push(`       article: ${quote(d.article.quote)}`);
      out.push(`       ${outlet(d.corpus.doc, a.related)}: ${quote(d.corpus.quote)}`);
    });
  }
  return `${out.join('\n')}\n`;
}

export function formatIssue(dirLabel: string | null, issue: RecordIssue): string {
  const file = dirLabel ? `${dirLabel.replace(/\/+$/, '')}/${issue.file}` : issue.file;
  return `${file}${issue.line !== undefined ? `:${issue.line}` : ''}: ${issue.reason}`;
}
