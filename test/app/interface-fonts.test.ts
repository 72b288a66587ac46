import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONT_WAIT_MS, loadInterfaceFonts, type FontLoader } from '../../src/app/interface-fonts';

/** A font set that records what it was asked for and answers with `answer`. */
function fontSet(answer: () => Promise<unknown>) {
  const asked: { font: string; text: string | undefined }[] = [];
  const fonts: FontLoader = {
    load: (font, text) => {
      asked.push({ font, text });
      return answer();
    },
  };
  return { fonts, asked };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('loadInterfaceFonts', () => {
  it('loads Vazirmatn with Persian text for the Persian interface', async () => {
    const { fonts, asked } = fontSet(async () => []);
    await loadInterfaceFonts('fa', fonts);
    expect(asked).toEqual([{ font: "400 16px 'Vazirmatn'", text: 'فارسی' }]);
  });

  it('loads no font for English or Russian', async () => {
    const { fonts, asked } = fontSet(async () => []);
    await loadInterfaceFonts('en', fonts);
    await loadInterfaceFonts('ru', fonts);
    expect(asked).toEqual([]);
  });

  it('settles when the font fails to load', async () => {
    const { fonts } = fontSet(() => Promise.reject(new Error('network')));
    await expect(loadInterfaceFonts('fa', fonts)).resolves.toBeUndefined();
  });

  it('stops waiting for a font that never arrives', async () => {
    vi.useFakeTimers();
    const { fonts } = fontSet(() => new Promise(() => undefined));
    let settled = false;
    void loadInterfaceFonts('fa', fonts).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(FONT_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
