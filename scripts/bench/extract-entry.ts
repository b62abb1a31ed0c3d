// What bench:extract-browser bundles: the extraction and the content script's idle pause.
export { extractArticle, extractArticleInStages } from '../../src/extract';
export { idlePause } from '../../src/content/idle';
