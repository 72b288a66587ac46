export declare const PRERENDERED_STORY: string;
export declare const PRERENDERED_PAGES: readonly {
  file: string;
  mode: string;
  search: string;
  layout: string | undefined;
}[];
export declare function prerender(
  dist: string,
  preloads?: readonly string[],
  bundle?: object,
): Promise<void>;
export declare function preloadLinks(bundle: object): string[];
export declare function layoutLinks(
  bundle: object | undefined,
  layout: string | undefined,
): string[];
export declare function hoistStyles(html: string): { html: string; css: string };
export declare const THEME_SCRIPT: string;
