import type { Formatter } from '../format';
import { megabytes, type LoadingMessages } from '../en/loading';

export function loading(f: Formatter): LoadingMessages {
  return {
    progressLabel: 'Загрузка истории',
    reading: (bytes, total) =>
      total === undefined
        ? `Загрузка истории: ${megabytes(f, bytes)} МБ`
        : `Загрузка истории: ${megabytes(f, bytes)} из ${megabytes(f, total)} МБ`,
    checking: (events) => `Проверка событий: ${f.number(events)}…`,
  };
}
