import { describe, expect, it } from 'vitest';
import { firstLoadFiles } from '../../scripts/first-load.mjs';
import { hoistStyles } from '../../scripts/prerender.mjs';

describe('the prerendered markup under the page policy', () => {
  it('moves style attributes into rules keyed by a data attribute, one rule per style', () => {
    const { html, css } = hoistStyles(
      '<div class="a" style="height:148px"><i style="left:0;width:0"></i><b style="height:148px"></b></div>',
    );
    expect(html).toBe('<div class="a" data-fv="0"><i data-fv="1"></i><b data-fv="0"></b></div>');
    expect(css).toBe(
      '.prerendered [data-fv="0"]{height:148px}\n.prerendered [data-fv="1"]{left:0;width:0}',
    );
  });
});

describe('what the page fetches before it runs', () => {
  it('counts the entry, its preloaded modules and stylesheets, not the map preloaded beside it', () => {
    const html = `
      <script type="module" crossorigin src="./assets/index.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/schemas.js">
      <link rel="stylesheet" crossorigin href="./assets/index.css">
      <link rel="modulepreload" crossorigin href="./assets/MapView.js" data-loads="map">
      <link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/noto.woff2">
      <link rel="icon" href="./favicon.svg">`;
    expect(firstLoadFiles(html)).toEqual([
      './assets/index.js',
      './assets/schemas.js',
      './assets/index.css',
    ]);
  });

  it('counts a classic script, which blocks the page until it has run', () => {
    const html = `
      <script src="./theme-from-link.js"></script>
      <script type="module" crossorigin src="./assets/index.js"></script>`;
    expect(firstLoadFiles(html)).toEqual(['./theme-from-link.js', './assets/index.js']);
  });
});
