/**
 * The code a newsroom pastes into an article: an iframe of the current view in embed mode, a
 * caption that still says what the story is (and links to it) where frames or scripts are
 * stripped — AMP, feeds, e-mail — and, if asked, the small script that fits the frame's height.
 */
import type { Theme, UrlState } from '../state/url-state';
import { serializeUrlState } from '../state/url-state';
import { resolveStoryUrl } from '../story/load-story';
import type { StoryRefRefusal } from '../story/problem';

/** The frame sizes on offer. */
export type EmbedSize = 'small' | 'medium' | 'tall';

/** Each size: its label and the frame's width (undefined: the column's full width) and height. */
export const EMBED_SIZES: Readonly<
  Record<EmbedSize, { readonly label: string; readonly width?: number; readonly height: number }>
> = {
  small: { label: 'Small, 300 × 250', width: 300, height: 250 },
  medium: { label: 'Medium, full width × 480', height: 480 },
  tall: { label: 'Tall, full width × 720', height: 720 },
};

/** The order sizes are offered in. */
export const SIZE_ORDER: readonly EmbedSize[] = ['medium', 'small', 'tall'];

export interface EmbedCodeOptions {
  /** The app page the code points at (its search and hash are replaced). */
  readonly pageUrl: string;
  /** The frame's own page, relative to pageUrl (embed.html in the built app); else pageUrl. */
  readonly framePage?: string;
  /** The current view, from linkState(). */
  readonly link: UrlState;
  readonly title: string;
  readonly summary: string;
  readonly theme: Theme;
  readonly controls: boolean;
  readonly size: EmbedSize;
  /** Add the script that sets the frame's height from its messages. */
  readonly resize: boolean;
  /** Absolute URL of dateline-resize.js. */
  readonly scriptUrl: string;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** Escapes text for an HTML element's content. */
export function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function withQuery(pageUrl: string, state: UrlState): string {
  const url = new URL(pageUrl);
  url.search = serializeUrlState(state);
  url.hash = '';
  return url.href;
}

/** The full app at the same view: the link without the embed-only keys. */
export function fullStoryUrl(pageUrl: string, link: UrlState): string {
  const { mode: _mode, controls: _controls, origin: _origin, ...view } = link;
  return withQuery(pageUrl, view);
}

/** The embed at the same view, with the chosen theme and controls. */
export function embedUrl(pageUrl: string, link: UrlState, theme: Theme, controls: boolean): string {
  const { mode: _mode, controls: _controls, theme: _theme, ...view } = link;
  return withQuery(pageUrl, {
    ...view,
    mode: 'embed',
    theme: theme === 'light' ? undefined : theme,
    controls: controls ? undefined : false,
  });
}

/** The HTML to paste. */
export function embedCode(options: EmbedCodeOptions): string {
  const { title, summary, size } = options;
  const frame = EMBED_SIZES[size];
  const framePage = options.framePage
    ? new URL(options.framePage, options.pageUrl).href
    : undefined;
  const src = embedUrl(framePage ?? options.pageUrl, options.link, options.theme, options.controls);
  const story = fullStoryUrl(options.pageUrl, options.link);
  const width = frame.width === undefined ? '' : ` width="${frame.width}"`;
  const style =
    frame.width === undefined
      ? 'display:block;width:100%;border:0'
      : 'display:block;max-width:100%;border:0';
  const lines = [
    '<figure class="dateline-embed" style="margin:0">',
    `  <iframe data-dateline src="${escapeAttribute(src)}" title="${escapeAttribute(`${title}: map and timeline`)}"${width} height="${frame.height}" style="${style}" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
    '  <figcaption>',
    `    <p><a href="${escapeAttribute(story)}">${escapeText(title)}</a></p>`,
    ...(summary.trim() === '' ? [] : [`    <p>${escapeText(summary)}</p>`]),
    '  </figcaption>',
    '</figure>',
  ];
  if (options.resize) {
    lines.push(`<script src="${escapeAttribute(options.scriptUrl)}" async></script>`);
  }
  return lines.join('\n');
}

/** Why a hosted-story path is refused, as data: the embed dialog says it in the reader's words. */
export type HostedRefusal =
  | { readonly code: 'empty' }
  | { readonly code: 'not-a-path' }
  | { readonly code: 'refused'; readonly refusal: StoryRefRefusal; readonly origin: string };

/**
 * For a story kept only in a browser: checks where the person says its file will be hosted and
 * gives the `?story=` value for it. The app opens stories from its own site only, so the file
 * must be a .json on the same origin as the app (`base`, the app's base URL).
 */
export function hostedStoryRef(
  written: string,
  base: string,
): { ok: true; ref: string } | { ok: false; refusal: HostedRefusal } {
  const ref = written.trim();
  if (ref === '') return { ok: false, refusal: { code: 'empty' } };
  if (/^[a-z0-9][a-z0-9-]*$/.test(ref) || ref.startsWith('local:')) {
    return { ok: false, refusal: { code: 'not-a-path' } };
  }
  const target = resolveStoryUrl(ref, base);
  if (!target.ok) {
    return {
      ok: false,
      refusal: { code: 'refused', refusal: target.refusal, origin: new URL(base).origin },
    };
  }
  return { ok: true, ref };
}
