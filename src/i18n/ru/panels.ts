import type { Formatter } from '../format';
import type { PanelsMessages } from '../en/panels';

export function panels(f: Formatter): PanelsMessages {
  const events = (n: number) =>
    f.plural(n, { one: '# событие', few: '# события', many: '# событий', other: '# события' });
  return {
    selected: (title) => `Выбрано: ${title}`,
    aboutStory: 'Об этой истории',
    selectHint: 'Выберите событие на карте, на шкале времени или в списке.',
    storyLoading: 'История загружается.',
    noEvents: 'Нет событий для показа.',
    closeDetails: 'Закрыть подробности события',
    when: 'Когда',
    where: 'Где',
    howDate: 'Как установлена эта дата',
    howPlace: 'Как определено это место',
    noPlaceYet: '(в истории пока нет места для этого события)',
    precision: (precision) =>
      ({
        minute: undefined,
        day: undefined,
        hour: 'время известно с точностью до часа',
        month: 'дата известна с точностью до месяца',
        year: 'дата известна с точностью до года',
        approximate: 'приблизительная дата',
      })[precision],
    fromOtherSources: 'Из других источников',
    sourcesSay: 'Что говорят источники',
    articleSays: 'Что говорится в статье',
    readInArticle: 'Читать в статье',
    opensNewTab: ' (откроется в новой вкладке)',
    citationPart: (part) => `, ${part}`,
    eventsHeading: 'События',
    inWindow: (shown, total) =>
      `${f.number(shown)} из ${f.number(total)} ${f.plural(total, { one: 'события', other: 'событий' })} в окне времени · `,
    showAll: 'Показать все',
    eventCount: events,
    noneInWindow: 'В этом окне времени нет событий.',
    rowAbout: (parts) => parts.join(', '),
    showMoreArticle: 'Показать больше текста статьи',
    theArticle: 'Статья',
    articleText: 'Текст статьи',
    aboutText: 'Об этом тексте: ',
    passageMissing: 'Цитируемый фрагмент не найден в этом тексте.',
    originalArticle: 'Оригинал статьи',
  };
}
