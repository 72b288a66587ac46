import type { Formatter } from '../format';
import type { AppMessages } from '../en/app';

export function app(f: Formatter): AppMessages {
  const count = (n: number, one: string, few: string, many: string) =>
    f.plural(n, { one: `# ${one}`, few: `# ${few}`, many: `# ${many}`, other: `# ${few}` });
  return {
    storyNotAvailable: 'История недоступна',
    loadingStory: 'Загрузка истории…',
    loading: 'Загрузка…',
    sourceLabel: 'Источник: ',
    eventsLabel: 'События: ',
    published: (date) => `, ${date}`,
    yourStories: 'Ваши истории',
    exportJson: 'Экспорт JSON',
    exportBriefing: 'Экспорт брифинга',
    skipToEvents: 'Перейти к списку событий',
    stage: 'Карта и шкала времени',
    side: 'События',
    partMap: 'Карту',
    partTimeline: 'Шкалу времени',
    partDetails: 'Подробности события',
    partList: 'Список событий',
    partReader: 'Текст статьи',
    partFailed: (name) => `${name} не удалось показать.`,
    partRest: 'Остальная часть истории доступна.',
    dismiss: (headline) => `Скрыть: ${headline}`,
    creditsBasemap: 'Основа карты:',
    creditsPublicDomain: '(общественное достояние)',
    creditsPlaces: 'Названия мест:',
    storyAskedFor: (ref) => `Запрошенная история: «${ref}»`,
    showMore: (n) => `Показать ещё ${f.number(n)}`,
    failedHeadline: 'Эту историю не удалось показать.',
    eventsNotShown: (n) =>
      `${count(n, 'событие', 'события', 'событий')} ${f.plural(n, { one: 'не показано', other: 'не показаны' })}`,
    otherProblems: (n) =>
      `${count(n, 'другая ошибка', 'другие ошибки', 'других ошибок')} в файле истории`,
    shapesRepaired: (n) =>
      `${count(n, 'фигура исправлена', 'фигуры исправлены', 'фигур исправлено')}`,
    headlineParts: (parts) => parts.join('; '),
    linkIgnored: 'Часть этой ссылки пропущена',
    notKept: 'История открыта, но не сохранена в вашей библиотеке.',
    goneWhenClosed:
      'Она исчезнет, когда вы закроете вкладку: сохраните копию кнопкой «Экспорт JSON».',
    importedFrom: (format) => `Импортировано из ${format}`,
    timelineJsSheet: 'таблицы TimelineJS',
    opening: (name) => `Открывается «${name}»…`,
    couldNotOpen: (name) => `Не удалось открыть «${name}».`,
    makingBriefing: 'Готовится брифинг…',
    briefingFailed: 'Не удалось подготовить брифинг.',
    makingEditCopy: 'Готовится копия для правки…',
    editCopyFailed: 'Не удалось сделать копию для правки.',
    dropToOpen: 'Отпустите файл, чтобы открыть его',
    pickerTitle: (columns) => `Какие ${columns ? 'столбцы' : 'свойства'} использовать?`,
    pickerIntro: (name, columns) =>
      `В «${name}» не указано, ${columns ? 'какой столбец содержит' : 'какое свойство содержит'} каждую часть события. Выберите для каждой.`,
    pickerChoose: (columns) => (columns ? 'Выберите столбец…' : 'Выберите свойство…'),
    pickerMissing: (columns, role) =>
      `${columns ? 'Выберите столбец' : 'Выберите свойство'} для поля «${role}».`,
    pickerLabel: (role) => role.charAt(0).toUpperCase() + role.slice(1),
    roles: {
      time: 'время',
      end: 'время окончания',
      title: 'заголовок',
      text: 'текст',
      latitude: 'широта',
      longitude: 'долгота',
      place: 'название места',
    },
    open: 'Открыть',
    openingShort: 'Открывается…',
  };
}
