import { STAGE_LABELS, type TabState } from '../messages';
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
      const steps = Object.keys(STAGE_LABELS);
      return { headline: STAGE_LABELS[state.stage], detail: `Step ${steps.indexOf(state.stage) + 1} of ${steps.length}` };
    }
    case 'done': {
      const { omitted, related } = state.analysis;
      if (related.length === 0) return noRelated(state.corpusSize);
      // the body then says “Nothing missing: …” in full
      if (omitted.length === 0) return { headline: 'What this article leaves out', detail: null };
      return {
        headline: 'What this article leaves out',
        detail: `${count(omitted.length, 'fact')} other outlets report, most important first.`,
      };
    }
    case 'not-article':
      return { headline: 'This page does not look like a news article', detail: state.reason || null };
    case 'no-related':
      return noRelated(state.corpusSize);
    case 'error':
      return { headline: 'Something went wrong', detail: state.message };
    case 'unreachable':
      return { headline: 'Lacuna cannot read this tab', detail: state.message };
  }
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
