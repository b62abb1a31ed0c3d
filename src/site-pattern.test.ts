import { originPattern, patternHost } from './site-pattern';

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
