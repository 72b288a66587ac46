import type { Formatter } from '../format';
import type { NoscriptMessages } from '../en/noscript';

export function noscript(_f: Formatter): NoscriptMessages {
  return {
    needsScripts:
      'Чтобы показать карту и шкалу времени, Dateline нужен JavaScript. Файлы историй — обычный JSON в папке /stories/.',
  };
}
