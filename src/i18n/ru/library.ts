import type { LibraryError } from '../../library/library-errors';
import type { Formatter } from '../format';
import type { LibraryMessages } from '../en/library';

export function library(_f: Formatter): LibraryMessages {
  return {
    error: (error: LibraryError) => {
      switch (error.kind) {
        case 'unavailable':
          return 'Этот браузер не даёт Dateline хранить истории (приватное окно или отключены данные сайтов).';
        case 'full':
          return 'В хранилище этого браузера не осталось места для историй Dateline.';
        case 'failed':
          return error.detail === undefined
            ? 'Браузеру не удалось сохранить историю.'
            : `Браузеру не удалось сохранить историю. (${error.detail})`;
        case 'missing':
          return `В этом браузере нет сохранённой истории «${error.story}».`;
        case 'not-json':
          return `Сохранённый файл истории «${error.title}» не является объектом JSON.`;
      }
    },
  };
}
