/**
 * The scripts of the demo page variants that change under the reader, as client-rendered
 * news sites do: a body inserted late, stories appended as the reader scrolls, and a
 * single-page app that moves between stories with history.pushState.
 */

/** A story as the scripts render it. */
export interface StoryData {
  slug: string;
  headline: string;
  source: string;
  paragraphs: string[];
}

/** Delay before the late-body variant inserts its article body. */
export const LATE_BODY_MS = 2000;
/** How long the infinite-scroll and single-page variants take to "fetch" a story. */
export const FETCH_MS = 300;

/** Data for a script, as JSON in a script element: "<" is escaped so that no "</script>" can end it early. */
function jsonScript(id: string, data: unknown): string {
  return `<script type="application/json" id="${id}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** Inserts the paragraphs into the article after LATE_BODY_MS. */
export function lateBodyScript(paragraphs: string[]): string {
  return `${jsonScript('late-body', paragraphs)}
<script>
setTimeout(function () {
  var article = document.querySelector('article');
  var loading = document.getElementById('loading');
  JSON.parse(document.getElementById('late-body').textContent).forEach(function (text) {
    var p = document.createElement('p');
    p.textContent = text;
    article.appendChild(p);
  });
  if (loading) loading.remove();
  document.documentElement.setAttribute('data-body-loaded', 'true');
}, ${LATE_BODY_MS});
</script>`;
}

/**
 * Infinite scroll: near the bottom of the page the next story is appended below the article
 * (in #more-stories), one per approach; `data-stories-appended` counts them.
 */
export function infiniteScrollScript(next: StoryData[]): string {
  return `${jsonScript('next-stories', next)}
<script>
(function () {
  var next = JSON.parse(document.getElementById('next-stories').textContent);
  var appended = 0;
  var loading = false;
  function append() {
    var story = next.shift();
    var article = document.createElement('article');
    article.className = 'next-story';
    var heading = document.createElement('h2');
    heading.textContent = story.headline;
    article.appendChild(heading);
    story.paragraphs.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      article.appendChild(p);
    });
    document.getElementById('more-stories').appendChild(article);
    appended += 1;
    document.documentElement.setAttribute('data-stories-appended', String(appended));
    loading = false;
  }
  window.addEventListener('scroll', function () {
    var nearBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 400;
    if (loading || next.length === 0 || !nearBottom) return;
    loading = true;
    setTimeout(append, ${FETCH_MS});
  }, { passive: true });
})();
</script>`;
}

/**
 * A single-page app: links marked data-spa change the address with history.pushState at once
 * and render that story FETCH_MS later (headline, byline, body, metadata, the "most read"
 * list); back and forward render the story of the address. `data-story` names the story shown.
 */
export function singlePageScript(stories: StoryData[]): string {
  return `${jsonScript('spa-stories', stories)}
<script>
(function () {
  var stories = {};
  JSON.parse(document.getElementById('spa-stories').textContent).forEach(function (s) { stories[s.slug] = s; });
  function slugOf(path) {
    var m = /\\/([a-z-]+)-spa\\.html$/.exec(path);
    return m && stories[m[1]] ? m[1] : null;
  }
  function meta(property, value) {
    var e = document.querySelector('meta[property="' + property + '"]');
    if (e) e.setAttribute('content', value);
  }
  function render(slug) {
    var story = stories[slug];
    var article = document.querySelector('article');
    article.querySelector('h1').textContent = story.headline;
    article.querySelector('.byline').textContent = 'By ' + story.source + ' staff';
    article.querySelectorAll('p').forEach(function (p) { p.remove(); });
    story.paragraphs.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      article.appendChild(p);
    });
    document.title = story.headline + ' | ' + story.source;
    meta('og:title', story.headline);
    meta('og:site_name', story.source);
    document.querySelector('.masthead .brand').textContent = story.source;
    var list = document.querySelector('aside ol');
    list.textContent = '';
    Object.keys(stories).forEach(function (other) {
      if (other === slug) return;
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '/' + other + '-spa.html';
      a.setAttribute('data-spa', other);
      a.textContent = stories[other].headline;
      li.appendChild(a);
      list.appendChild(li);
    });
    document.documentElement.setAttribute('data-story', slug);
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-spa]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    setTimeout(function () { render(link.getAttribute('data-spa')); }, ${FETCH_MS});
  });
  window.addEventListener('popstate', function () {
    var slug = slugOf(location.pathname);
    if (slug) render(slug);
  });
  document.documentElement.setAttribute('data-story', slugOf(location.pathname) || '');
})();
</script>`;
}
