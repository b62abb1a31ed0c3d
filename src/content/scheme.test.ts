import { schemeOf } from './scheme';

describe('schemeOf', () => {
  it('reads the scheme from the first opaque background', () => {
    expect(schemeOf(['rgb(255, 255, 255)'])).toBe('light');
    expect(schemeOf(['rgba(0, 0, 0, 0)', 'rgb(24, 25, 28)'])).toBe('dark');
    expect(schemeOf(['rgb(18 18 18 / 1)'])).toBe('dark');
  });

  it('leaves it to the reader’s preference when the page sets no background', () => {
    expect(schemeOf(['rgba(0, 0, 0, 0)', 'transparent'])).toBeNull();
    expect(schemeOf([])).toBeNull();
  });
});
