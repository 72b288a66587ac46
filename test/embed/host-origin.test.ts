import { describe, expect, it } from 'vitest';
import {
  mayDrive,
  originPolicy,
  parentOriginOf,
  parseOriginSetting,
  replyTargets,
} from '../../src/embed/host-origin';

const A = 'https://a.example';
const B = 'https://b.example';

describe('the build setting of allowed origins', () => {
  it('is absent when unset or blank', () => {
    expect(parseOriginSetting(undefined)).toBeUndefined();
    expect(parseOriginSetting('  ')).toBeUndefined();
  });

  it('reads origins separated by spaces', () => {
    expect(parseOriginSetting(`${A} ${B}`)).toEqual([A, B]);
  });

  it('admits nobody when it is malformed', () => {
    expect(parseOriginSetting(`${A} https://b.example/path`)).toEqual([]);
  });
});

describe('who may drive the frame', () => {
  it('is anyone with no allowlist', () => {
    expect(mayDrive(originPolicy(undefined, undefined), A)).toBe(true);
  });

  it("is only the link's origins when the link names some", () => {
    const policy = originPolicy([B], undefined);
    expect(mayDrive(policy, A)).toBe(false);
    expect(mayDrive(policy, B)).toBe(true);
  });

  it("is only the build's origins when the build names some", () => {
    expect(mayDrive(originPolicy(undefined, [B]), A)).toBe(false);
  });

  it('is only origins on both lists when both name some: a link cannot widen the build', () => {
    const policy = originPolicy([A, B], [B]);
    expect(mayDrive(policy, A)).toBe(false);
    expect(mayDrive(policy, B)).toBe(true);
  });

  it('is nobody when the build setting was malformed', () => {
    expect(mayDrive(originPolicy(undefined, []), A)).toBe(false);
  });
});

describe("the parent page's origin", () => {
  it('comes from ancestorOrigins first', () => {
    expect(parentOriginOf(A, `${B}/article`)).toBe(A);
  });

  it('falls back to the referrer', () => {
    expect(parentOriginOf(undefined, `${B}/news/article?x=1`)).toBe(B);
  });

  it('is unknown without either, or for an opaque origin', () => {
    expect(parentOriginOf(undefined, '')).toBeUndefined();
    expect(parentOriginOf('null', 'file:///tmp/page.html')).toBeUndefined();
  });
});

describe('where replies go', () => {
  const any = originPolicy(undefined, undefined);

  it('goes to the host that spoke', () => {
    expect(replyTargets(any, A, B)).toEqual([B]);
  });

  it('goes to the parent page before the host has spoken', () => {
    expect(replyTargets(any, A, undefined)).toEqual([A]);
  });

  it('goes nowhere when the parent is not allowed', () => {
    expect(replyTargets(originPolicy([B], undefined), A, undefined)).toEqual([]);
  });

  it('goes to each allowed origin when the parent is hidden', () => {
    expect(replyTargets(originPolicy([A, B], undefined), undefined, undefined)).toEqual([A, B]);
  });

  it('waits for the host with neither a parent origin nor an allowlist', () => {
    expect(replyTargets(any, undefined, undefined)).toEqual([]);
  });

  it('is never "*"', () => {
    const all = [
      replyTargets(any, A, undefined),
      replyTargets(any, undefined, undefined),
      replyTargets(originPolicy([A], undefined), undefined, undefined),
    ].flat();
    expect(all).not.toContain('*');
  });
});
