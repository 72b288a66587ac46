import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

afterEach(() => cleanup());

// The library imports its storage code (idb, the zod schemas) on first use, so the reader's first
// load carries none of it. Through vitest's transform that first import can take longer than the
// 1 s that findBy* waits on a busy machine; importing it once here keeps those waits about the
// behaviour under test.
beforeAll(async () => {
  await Promise.all([import('idb'), import('../src/library/library-entry')]);
});
