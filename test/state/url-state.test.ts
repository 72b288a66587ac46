import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../src/state/url-state';

describe('the URL schema', () => {
  it('reads every key of a full link', () => {
    const { state, problems } = parseUrlState(
      '?story=csto-2021&event=talks&from=2021-10-18&to=2021-10-23&view=69.5,37.5,5&mode=embed&theme=dark&controls=0&step=3',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      story: 'csto-2021',
      event: 'talks',
      from: Date.UTC(2021, 9, 18),
      to: Date.UTC(2021, 9, 24),
      view: { lon: 69.5, lat: 37.5, zoom: 5 },
      mode: 'embed',
      theme: 'dark',
      controls: false,
      step: 3,
    });
  });

  it('writes back the link it read', () => {
    const search = '?story=csto-2021&event=talks&from=2021-10-18&to=2021-10-23&view=69.5,37.5,5';
    expect(serializeUrlState(parseUrlState(search).state)).toBe(search);
  });

  it('reports a bad value with its key and keeps the rest', () => {
    const { state, problems } = parseUrlState('?event=talks&view=abc&from=yesterday');
    expect(state).toEqual({ event: 'talks' });
    expect(problems.map((problem) => problem.path)).toEqual(['?from', '?view']);
  });

  it('reads and writes ?edit for a library story', () => {
    const { state, problems } = parseUrlState('?story=local:abcdefghijkl&edit=1');
    expect(problems).toEqual([]);
    expect(state).toEqual({ story: 'local:abcdefghijkl', edit: true });
    expect(serializeUrlState(state)).toBe('?story=local:abcdefghijkl&edit=1');
  });

  it('refuses a script-like event id', () => {
    const { state, problems } = parseUrlState('?event=%3Cscript%3E');
    expect(state.event).toBeUndefined();
    expect(problems).toHaveLength(1);
  });

  it('refuses a camera outside the world', () => {
    expect(parseUrlState('?view=500,37,5').state.view).toBeUndefined();
  });

  it('reads an origin allowlist of exact origins only', () => {
    expect(parseUrlState('?origin=https://news.example').state.origin).toEqual([
      'https://news.example',
    ]);
    expect(parseUrlState('?origin=https://news.example/path').state.origin).toBeUndefined();
  });

  it('ignores keys it does not know', () => {
    expect(parseUrlState('?utm_source=x').state).toEqual({});
  });

  it('reads the start screen from a bare ?library and writes it as ?library=1', () => {
    expect(parseUrlState('?library').state).toEqual({ library: true });
    expect(serializeUrlState({ library: true })).toBe('?library=1');
  });

  it('writes a library story as a readable story=local:<id>', () => {
    const search = '?story=local:abcdefghij12&event=talks';
    expect(serializeUrlState(parseUrlState(search).state)).toBe(search);
  });
});
