import type { Formatter } from '../format';
import type { StartMessages } from '../en/start';

export function start(f: Formatter): StartMessages {
  return {
    title: 'Ваши истории',
    intro:
      'Откройте файл истории Dateline или файл TimelineJS, StoryMapJS, GeoJSON или CSV для импорта. Каждая открытая история хранится в этом браузере, пока вы её не удалите.',
    openFile: 'Открыть файл истории…',
    dropHint: 'или перетащите файл в любое место страницы (до 30 МБ)',
    kept: 'Сохранено в этом браузере',
    shipped: 'Истории, входящие в Dateline',
    events: (n) =>
      f.plural(n, { one: '# событие', few: '# события', many: '# событий', other: '# события' }),
    reading: 'Читаем ваши истории…',
    listFailed:
      'Открытые истории доступны, пока открыта вкладка; чтобы сохранить их, экспортируйте их в JSON.',
    empty:
      'Сохранённых историй пока нет. Откройте файл истории, и он останется здесь, пока вы его не удалите.',
    fromFile: (name) => ` · из файла ${name}`,
    openedOn: (day) => ` · открыто ${day}`,
    rename: 'Переименовать',
    renameStory: (title) => `Переименовать «${title}»`,
    exportJson: 'Экспорт JSON',
    exportStory: (title) => `Экспортировать «${title}» в JSON`,
    duplicate: 'Копировать',
    duplicateStory: (title) => `Создать копию «${title}»`,
    delete: 'Удалить',
    deleteStory: (title) => `Удалить «${title}»`,
    deleted: (title) => `«${title}» удалена.`,
    undo: 'Отменить',
    dismiss: 'Скрыть',
    renameTitle: 'Переименовать историю',
    titleLabel: 'Название',
    needsTitle: 'У истории должно быть название.',
    titleTooLong: (max) => `Название не длиннее ${f.number(max)} символов.`,
  };
}
