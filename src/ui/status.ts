import { STAGE_LABELS, type AnalysisStage, type StageCount, type TabState } from '../messages';
import { isLooseCoverage } from '../engine/types';
import { count } from './format';

export interface StatusText {
  headline: string;
  detail: string | null;
}

/** The one or two lines that say where things stand; read aloud when they change. */
export function describeState(state: TabState | null): StatusText {
  if (state === null) return { headline: 'Starting…', detail: null };
  switch (state.kind) {
    case 'analyzing': {
      if (state.stage === 'indexing') return { headline: STAGE_LABELS.indexing, detail: indexingDetail(state.count) };
      return { headline: STAGE_LABELS[state.stage], detail: `Step ${STEPS.indexOf(state.stage) + 1} of ${STEPS.length}` };
    }
    case 'done': {
      const { omitted, related } = state.analysis;
      if (related.length === 0) return noRelated(state.corpusSize);
      // the body then says “Nothing missing: …” in full
      if (omitted.length === 0) return { headline: 'What this article leaves out', detail: null };
      return {
        headline: 'What this article leaves out',
        detail: `${count(omitted.length, 'fact')} ${reporters(related)}, most important first.`,
      };
    }
    case 'not-article':
      if (state.forced) return { headline: 'No text to analyze on this page', detail: 'Lacuna found no running text on this page, even when asked to analyze it anyway.' };
      return { headline: 'This page does not look like a news article', detail: state.reason || null };
    case 'no-related':
      return noRelated(state.corpusSize);
    case 'error':
      return { headline: 'Something went wrong', detail: state.message };
    case 'unreachable':
      return { headline: 'Lacuna cannot read this tab', detail: state.message };
  }
}

/** Who reports the facts listed, as the status line (read aloud) says it: loosely related coverage says so. */
function reporters(related: Extract<TabState, { kind: 'done' }>['analysis']['related']): string {
  if (isLooseCoverage(related)) return related.length === 1 ? 'a loosely related article reports' : 'loosely related articles report';
  return related.length === 1 ? 'another article reports' : 'other articles report';
}

/** The numbered steps of every analysis; indexing happens only when the corpus grew a lot. */
const STEPS: readonly AnalysisStage[] = ['reading', 'related', 'comparing'];

function indexingDetail(count: StageCount | undefined): string {
  const done = count ? `${count.done.toLocaleString('en')} of ${count.total.toLocaleString('en')} done. ` : '';
  return `${done}This happens once after a large import; later analyses do not wait for it.`;
}

function noRelated(corpusSize: number): StatusText {
  return {
    headline: 'No other coverage of this story',
    detail:
      corpusSize === 0
        ? 'The local corpus holds no articles yet.'
        : `None of the ${count(corpusSize, 'article')} in the local corpus covers this story.`,
  };
}
