import { describe, expect, it } from 'vitest';
import { originAllowed, parseHostMessage } from '../../src/embed/host-messages';

describe('host messages', () => {
  it('accepts each documented message', () => {
    const messages = [
      { type: 'dateline:hello' },
      { type: 'dateline:select', eventId: 'csto-exercises' },
      { type: 'dateline:select', eventId: null },
      { type: 'dateline:setTime', from: '2021-10-18', to: '2021-10-23' },
      { type: 'dateline:step', index: 2 },
      { type: 'dateline:next' },
      { type: 'dateline:prev' },
      { type: 'dateline:play' },
      { type: 'dateline:pause' },
    ];
    expect(messages.map(parseHostMessage)).toEqual(messages);
  });

  it('ignores unknown types, extra keys and non-objects', () => {
    expect(parseHostMessage({ type: 'dateline:eval', code: 'alert(1)' })).toBeUndefined();
    expect(parseHostMessage({ type: 'dateline:next', extra: 1 })).toBeUndefined();
    expect(parseHostMessage('dateline:next')).toBeUndefined();
    expect(parseHostMessage(null)).toBeUndefined();
  });

  it('ignores a select of a malformed id', () => {
    expect(parseHostMessage({ type: 'dateline:select', eventId: '<img src=x>' })).toBeUndefined();
  });

  it('ignores a time change that is not dates', () => {
    expect(
      parseHostMessage({ type: 'dateline:setTime', from: 'soon', to: '2021-10-23' }),
    ).toBeUndefined();
  });

  it('lets any origin drive the frame without an allowlist', () => {
    expect(originAllowed('https://a.example', undefined)).toBe(true);
  });

  it('lets only listed origins drive the frame with an allowlist', () => {
    expect(originAllowed('https://a.example', ['https://b.example'])).toBe(false);
    expect(originAllowed('https://b.example', ['https://b.example'])).toBe(true);
  });
});
