/** Types for chromium.mjs. */
export const CHROMIUM_FLAGS: readonly string[];
export function chromiumPath(): string | undefined;
export const MISSING_CHROMIUM: string;
