export declare const PRERENDERED_STORY: string;
export declare function prerender(dist: string, preloads?: readonly string[]): Promise<void>;
export declare function preloadLinks(bundle: object): string[];
export declare function hoistStyles(html: string): { html: string; css: string };
