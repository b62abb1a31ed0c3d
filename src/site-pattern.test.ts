import { hostName, originPattern, patternHost, sameSite } from './site-pattern';

describe('originPattern', () => {
  it('is the scheme and host of a web page, any port and path', () => {
    expect(originPattern('https://www.example.com:8443/world/story.html?x=1')).toBe('https://www.example.com/*');
    expect(patternHost('https://www.example.com/*')).toBe('www.example.com');
  });

  it('is null for pages that are not on the web', () => {
    expect(originPattern('chrome://extensions/')).toBeNull();
    expect(originPattern('file:///home/a.html')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});

describe('sameSite', () => {
  it('holds the editions of one site together', () => {
    expect(sameSite('https://www.news.example/story', 'https://m.news.example/story?amp')).toBe(true);
    expect(sameSite('https://news.example/story', 'https://amp.news.example/a')).toBe(true);
    expect(sameSite('https://news.example/a', 'https://world.news.example/b')).toBe(true);
    expect(sameSite('https://www.bbc.co.uk/news/1', 'https://news.bbc.co.uk/2')).toBe(true);
  });

  it('keeps apart sites that only look alike or share a domain suffix', () => {
    expect(sameSite('https://www.spiegel.de/politik/a', 'https://www.spiegel.ltd/politik/a')).toBe(false);
    expect(sameSite('https://news.bbc.co.uk/a', 'https://evil.co.uk/a')).toBe(false);
    expect(sameSite('https://news.example/a', 'https://notnews.example/a')).toBe(false);
    expect(sameSite('https://news.example/a', 'not an address')).toBe(false);
    // An edition prefix is not stripped down to a suffix anyone registers under.
    expect(sameSite('https://amp.dev/a', 'https://evil.dev/a')).toBe(false);
    expect(sameSite('https://m.me/a', 'https://evil.me/a')).toBe(false);
    expect(sameSite('https://www.co.uk/a', 'https://evil.co.uk/a')).toBe(false);
    expect(sameSite('https://amp.dev/a', 'https://www.amp.dev/b')).toBe(true);
    // A trailing dot names the same host, and is no extra label.
    expect(sameSite('https://www.co.uk./a', 'https://evil.co.uk./b')).toBe(false);
    expect(sameSite('https://m.com./a', 'https://evil.com./b')).toBe(false);
    expect(sameSite('https://News.Example./a', 'https://news.example/b')).toBe(true);
  });

  it('names a site by its host', () => {
    expect(hostName('https://www.news.example/a')).toBe('news.example');
    expect(hostName('https://m.news.example/a')).toBe('m.news.example');
    expect(hostName('not an address')).toBeNull();
  });
});
