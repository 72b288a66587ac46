import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/panels/safe-href';

describe('safeHref', () => {
  it('keeps https links', () => {
    expect(safeHref('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
  });

  it('keeps http links', () => {
    expect(safeHref('http://news.example/')).toBe('http://news.example/');
  });

  it('refuses javascript: URLs, however they are written', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeHref('java\tscript:alert(1)')).toBeUndefined();
  });

  it('refuses data: and other schemes', () => {
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref('mailto:desk@news.example')).toBeUndefined();
  });

  it('refuses relative and malformed URLs', () => {
    expect(safeHref('/stories/x.json')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });

  it('gives nothing for nothing', () => {
    expect(safeHref(undefined)).toBeUndefined();
  });
});
