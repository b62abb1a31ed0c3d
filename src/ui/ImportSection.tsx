/** The options page's "Add articles": pick or drop files, the import's progress with Cancel, its report, and imports left interrupted. */
import { useState } from 'preact/hooks';
import type { ImportJournal, ImportProgress, ImportReport } from '../corpus/types';
import { formatBytes } from './corpus-list';
import { evictedNotice } from './format';
import { Switch } from './Switch';

export interface ImportProps {
  capturing: boolean;
  onToggleCapture(enabled: boolean): void;
  /** The import under way, if any. */
  importing: ImportProgress | null;
  /** The last import's report. */
  report: ImportReport | null;
  onImport(files: File[]): void;
  onCancelImport(): void;
  /** Imports stopped part way (the page was closed), found by their journal. */
  interrupted: ImportJournal[];
  onRemoveInterrupted(id: string): void;
  onKeepInterrupted(id: string): void;
}

const count = (n: number): string => n.toLocaleString('en');
const articles = (n: number): string => (n === 1 ? '1 article' : `${count(n)} articles`);

export function ImportSection({ importing, report, onImport, onCancelImport, interrupted, onRemoveInterrupted, onKeepInterrupted, capturing, onToggleCapture }: ImportProps) {
  const [dragging, setDragging] = useState(false);
  const busy = importing !== null;
  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">Add articles</h2>
      {interrupted.map((journal) => (
        <InterruptedImport key={journal.id} journal={journal} busy={busy} onRemove={() => onRemoveInterrupted(journal.id)} onKeep={() => onKeepInterrupted(journal.id)} />
      ))}
      <div
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const files = [...(event.dataTransfer?.files ?? [])];
          if (files.length > 0 && !busy) onImport(files);
        }}
      >
        <p>
          Drop files here, or{' '}
          <label class="file-pick">
            choose files
            <input
              type="file"
              multiple
              accept=".txt,.html,.htm,.json,.jsonl"
              disabled={busy}
              data-testid="file-input"
              onChange={(event) => {
                const input = event.currentTarget;
                const files = [...(input.files ?? [])];
                input.value = '';
                if (files.length > 0) onImport(files);
              }}
            />
          </label>
          .
        </p>
        <p class="hint">
          Plain text (.txt), saved pages (.html, .htm), and records (.json, .jsonl) with a <code>text</code> or{' '}
          <code>html</code> field, as <code>lacuna index</code> reads them. Large collections: .jsonl, one record a line.
        </p>
      </div>
      {importing && <ImportProgressView progress={importing} onCancel={onCancelImport} />}
      {report && !importing && <ImportReportView report={report} />}
      <Switch checked={capturing} onToggle={onToggleCapture}>
        Keep the articles I analyze in my corpus (never in private windows)
      </Switch>
    </section>
  );
}

/** "~10,000": the articles the whole import would bring, estimated from the share of its bytes read. */
function estimatedTotal(journal: ImportJournal): string | null {
  if (journal.bytesDone <= 0 || journal.bytesTotal <= 0) return null;
  return `~${count(Math.round((journal.added * journal.bytesTotal) / journal.bytesDone))}`;
}

function InterruptedImport({ journal, busy, onRemove, onKeep }: { journal: ImportJournal; busy: boolean; onRemove(): void; onKeep(): void }) {
  const names = journal.files.map((f) => f.name).join(', ');
  if (journal.state === 'removing') {
    return (
      <div class="interrupted" role="status" data-testid="interrupted-import">
        <p>Removing the articles of the interrupted import of {names}…</p>
      </div>
    );
  }
  const of = estimatedTotal(journal);
  return (
    <div class="interrupted" role="group" aria-label={`Interrupted import of ${names}`} data-testid="interrupted-import">
      <p>
        Import of {names} was interrupted after {count(journal.added)}
        {of ? ` of ${of}` : ''} articles.
      </p>
      <p class="hint">Remove what it added (the corpus goes back to how it was before it), keep those articles, or choose {journal.files.length === 1 ? 'the same file' : 'the same files'} again to go on from where it stopped.</p>
      <button type="button" class="button small danger" disabled={busy} onClick={onRemove}>
        Remove the {articles(journal.added)} it added
      </button>{' '}
      <button type="button" class="button small" disabled={busy} onClick={onKeep}>
        Keep them
      </button>
    </div>
  );
}

function ImportProgressView({ progress, onCancel }: { progress: ImportProgress; onCancel(): void }) {
  const bytes = `${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)}`;
  const label = progress.cancelling
    ? `Cancelling: removing the ${articles(progress.articles)} this import stored…`
    : progress.saving
      ? `Saving to the corpus… ${articles(progress.articles)} stored.`
      : `Reading ${progress.file ?? ''}${progress.total > 1 ? ` (file ${progress.done + 1} of ${progress.total})` : ''}: ${bytes} · ${articles(progress.articles)} stored`;
  return (
    <div class="import-progress" data-testid="import-progress">
      <div class="progress-row">
        <progress max={Math.max(progress.bytesTotal, 1)} value={progress.bytesDone} aria-label="Import progress" />
        <button type="button" class="button small" disabled={progress.cancelling} onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p aria-live="polite">{label}</p>
    </div>
  );
}

/** Issues listed at most: a file of bad lines would otherwise draw tens of thousands. */
const ISSUES_SHOWN = 200;

function IssueList({ issues, className, testId }: { issues: ImportReport['skipped']; className: string; testId?: string }) {
  return (
    <ul class={className} data-testid={testId}>
      {issues.slice(0, ISSUES_SHOWN).map((s, i) => (
        <li key={i}>
          <code>
            {s.file}
            {s.line !== undefined ? `:${s.line}` : ''}
          </code>
          : {s.reason}
        </li>
      ))}
      {issues.length > ISSUES_SHOWN && <li class="hint">… and {count(issues.length - ISSUES_SHOWN)} more.</li>}
    </ul>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div class="import-report" data-testid="import-report" aria-live="polite">
      {report.error ? (
        <p class="error">{report.error}</p>
      ) : report.cancelled ? (
        <p>Import cancelled. Nothing was imported: the corpus is as it was before it.</p>
      ) : (
        <p>
          {report.added === 1 ? '1 article imported.' : `${count(report.added)} articles imported.`}
          {report.evicted > 0 && ` ${evictedNotice(report.evicted)}`}
          {report.skipped.length > 0 && ` ${count(report.skipped.length)} skipped:`}
        </p>
      )}
      {report.skipped.length > 0 && !report.cancelled && <IssueList issues={report.skipped} className="issues" testId="import-skipped" />}
      {report.warnings.length > 0 && !report.cancelled && <IssueList issues={report.warnings} className="issues warnings" />}
    </div>
  );
}
