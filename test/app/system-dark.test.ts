import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { systemDarkCss, systemDarkRoot } from '../../src/app/system-dark';

const themeCss = readFileSync('src/app/theme.css', 'utf8');

describe('systemDarkCss', () => {
  it('gives a page with no theme set the dark tokens of theme.css when the system is dark', () => {
    const css = systemDarkCss([themeCss]);
    expect(css).toMatch(/^@media \(prefers-color-scheme: dark\)\{/);
    expect(css).toContain(':root:not([data-theme]){color-scheme: dark;');
    expect(css).toContain('--surface: #1d2024;');
  });

  it('leaves out the light tokens and rules that are not for the dark theme only', () => {
    const css = systemDarkCss([themeCss]);
    expect(css).not.toContain('#f1f0ec');
    expect(css).not.toContain('outline');
  });

  it('keeps what a dark rule is about, in every selector of its list', () => {
    const css = systemDarkCss([
      "/* x */\n[data-theme='dark'] .a,\n[data-theme='dark'] .b { color: red; }\n.c { color: blue }",
    ]);
    expect(css).toContain(':root:not([data-theme]) .a,:root:not([data-theme]) .b{color: red;}');
    expect(css).not.toContain('blue');
  });

  it('skips a rule whose list mixes a dark selector with one for every theme', () => {
    expect(systemDarkCss(["[data-theme='dark'] .a, .b { color: red }"])).not.toContain('red');
  });
});

describe('systemDarkRoot', () => {
  it('sets declarations on the root while no theme is set, when the system is dark', () => {
    expect(systemDarkRoot('--kind-a:#fff;')).toBe(
      '@media (prefers-color-scheme: dark){\n:root:not([data-theme]){--kind-a:#fff;}\n}',
    );
  });
});
