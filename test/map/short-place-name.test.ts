import { describe, expect, it } from 'vitest';
import { shortPlaceName } from '../../src/map/OffscreenMarkers';

describe('shortPlaceName', () => {
  it('drops a trailing explanation in brackets, which would not fit an edge button', () => {
    expect(
      shortPlaceName(
        'Former Soviet Central Asia (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan)',
      ),
    ).toBe('Former Soviet Central Asia');
  });

  it('keeps a name that is only brackets, or has none', () => {
    expect(shortPlaceName('(unnamed)')).toBe('(unnamed)');
    expect(shortPlaceName('Moscow')).toBe('Moscow');
  });
});
