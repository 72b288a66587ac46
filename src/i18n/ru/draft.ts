import type { Formatter } from '../format';
import type { DraftMessages } from '../en/draft';

export function draft(f: Formatter): DraftMessages {
  const chars = (n: number) =>
    f.plural(n, { one: '# знак', few: '# знака', many: '# знаков', other: '# знака' });
  return {
    title: 'Черновик истории из статьи',
    intro:
      'Вставьте текст статьи или выберите текстовый файл или сохранённую веб-страницу. Черновик составляется в этом браузере: ничего никуда не отправляется, и ничто со страницы не запускается.',
    textLabel: 'Текст статьи',
    fileButton: 'Выбрать файл .txt или .html…',
    fileRead: (name, n) => `Прочитан «${name}»: ${chars(n)}.`,
    fileTooLarge: (name, mb, limit) =>
      `«${name}» весит ${mb} МБ; файлы больше ${f.number(limit)} МБ не читаются.`,
    fileUnreadable: (name, reason) => `Не удалось прочитать «${name}»: ${reason}`,
    fileKind: (name) =>
      `«${name}» — не текстовый файл (.txt) и не сохранённая веб-страница (.html).`,
    pageCapped: (limit) =>
      `Страница без скриптов и стилей больше ${f.number(limit)} МБ; прочитаны только первые ${f.number(limit)} МБ.`,
    textCapped: (length, limit) =>
      `В тексте ${chars(length)}; в черновик идут только первые ${f.number(limit)}.`,
    publishedLabel: 'Дата публикации',
    publishedFromPage: (date) => `Со страницы: ${date}.`,
    publishedFromDateLine: (written, updated) =>
      updated
        ? `Из строки «обновлено» в статье: «${written}». Проверьте: статья может быть старше.`
        : `Из строки с датой в статье: «${written}». Проверьте её.`,
    publishedUnknown:
      'Если оставить пустой, дата неизвестна: даты, отсчитываемые от неё («во вторник»), останутся без даты.',
    languageLabel: 'Язык статьи',
    languageOther: 'Другой язык',
    languageNote:
      'Черновик умеет читать только английский текст: на других языках даты и места почти не находятся.',
    submit: 'Составить черновик',
    emptyText: 'Нет текста: вставьте статью или выберите файл.',
    running: 'Составляется черновик…',
    step: (step) =>
      ({
        reading: 'Читается страница…',
        gazetteer: 'Загружаются названия мест…',
        sentences: 'Читаются предложения…',
        dates: 'Ищутся даты…',
        places: 'Ищутся места…',
        events: 'Составляются события…',
        done: 'Открывается черновик…',
      })[step] ?? 'Составляется черновик…',
    progressLabel: 'Ход работы',
    cancelled: 'Черновик отменён.',
    failed: (reason) => `Черновик не получился: ${reason}`,
    noEvents: 'Из этого текста не удалось составить ни одного события.',
    notAStory: 'Черновик — не правильная история:',
    drafted: (events, n, seconds) =>
      `${f.plural(events, { one: '# событие', few: '# события', many: '# событий', other: '# события' })} из ${chars(n)} за ${f.number(Math.round(seconds * 10) / 10)} с.`,
    notesHeadline: 'Черновик из статьи: каждое событие — догадка, пока вы её не подтвердите',
    guessCount: (count) =>
      f.plural(count, {
        one: '# событие — догадка',
        few: '# события — догадки',
        many: '# событий — догадки',
        other: '# события — догадки',
      }),
  };
}
