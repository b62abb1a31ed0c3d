import { afterAll } from 'vitest';
import { Window } from 'happy-dom';
import { extractionSuite } from './extract.shared-test';

// A bare happy-dom Window: no scripts run, no stylesheets or frames load.
const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});
afterAll(() => window.happyDOM.close());

extractionSuite('happy-dom', (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
