import type { Formatter } from '../format';
import { library } from './library';
import { importNotes } from './import-notes';
import { imports } from './imports';
import type { ProblemsMessages } from '../en/problems';
import type {
  LinkExpectation,
  Problem,
  ProblemDetail,
  SchemaRule,
  StoryRefRefusal,
} from '../../story/problem';

const RULES: Readonly<Record<SchemaRule, string>> = {
  'id-form': 'допустимы только строчные латинские буквы, цифры и дефисы, например «csto-exercises»',
  'country-code': 'нужен двухбуквенный код страны по ISO 3166, например «TJ»',
  'date-form': 'это не дата: пишите ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
  'real-date': 'такой даты не существует',
  'date-time-form':
    'это не дата: пишите ГГГГ, ГГГГ-ММ, ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTчч:мм (можно с Z или ±чч:мм)',
  'real-date-time': 'такой даты, времени или часового пояса не существует',
  'web-url': 'это не ссылка http(s)',
  colour: 'цвет нужно записать в виде «#rrggbb»',
  'two-countries': 'нужно указать две разные страны',
  'format-version': 'должно быть 1 или 2',
};

const TYPES: Readonly<Record<string, string>> = {
  string: 'текстом',
  number: 'числом',
  int: 'целым числом',
  boolean: 'true или false',
  array: 'списком',
  object: 'объектом',
};

function expected(expect: LinkExpectation): string {
  switch (expect.kind) {
    case 'one-of':
      return `должно быть одним из значений: ${expect.values.join(', ')}`;
    case 'day':
      return 'должно быть датой в виде ГГГГ-ММ-ДД';
    case 'story-ref':
      return 'слишком длинно для ссылки на историю';
    case 'flag':
      return 'должно быть 1 или пусто';
    case 'event-id':
      return 'должно быть идентификатором события';
    case 'language-tag':
      return 'должно быть кодом языка, например ru';
    case 'zero-one':
      return 'должно быть 0 или 1';
    case 'step':
      return 'должно быть номером шага, начиная с 1';
    case 'camera':
      return 'должно быть «долгота,широта,масштаб», например 69.5,37.5,5';
    case 'camera-range':
      return 'должно быть «долгота,широта,масштаб» в допустимых пределах, например 69.5,37.5,5';
    case 'origins':
      return 'должно быть списком сайтов, например https://news.example';
  }
}

function refusal(refused: StoryRefRefusal): string {
  switch (refused.code) {
    case 'ref-unreadable':
      return `«${refused.ref}» — не идентификатор истории и не путь`;
    case 'ref-foreign':
      return `«${refused.ref}» находится на другом сайте; открыть можно только истории этого сайта`;
    case 'ref-not-json':
      return `«${refused.ref}» — не файл .json`;
  }
}

export function problems(f: Formatter): ProblemsMessages {
  const imported = imports(f);
  const noted = importNotes(f);
  const n = f.number;
  const chars = (count: number) =>
    f.plural(count, {
      one: '# символа',
      few: '# символов',
      many: '# символов',
      other: '# символа',
    });
  const items = (count: number) =>
    f.plural(count, {
      one: '# элемента',
      few: '# элементов',
      many: '# элементов',
      other: '# элемента',
    });
  const what = (detail: ProblemDetail): string => {
    switch (detail.code) {
      case 'not-json':
        return `Файл не является корректным JSON: ${detail.reason}`;
      case 'newer-format':
        return `Эта история записана в формате ${n(detail.format)}, а эта версия Dateline читает форматы 1 и 2. Обновите Dateline, чтобы открыть её.`;
      case 'no-valid-source':
        return 'нет ни одного корректного источника';
      case 'repeated-id':
        return `идентификатор «${detail.id}» уже встречался`;
      case 'date-unparsed':
        return 'дату не удаётся разобрать';
      case 'end-before-start':
        return 'раньше, чем time.start';
      case 'precision-mismatch':
        return `указана точность «${detail.precision}», но даты записаны с другой точностью`;
      case 'unknown-source':
        return `такого источника нет: «${detail.source}»`;
      case 'not-verbatim':
        return `цитата не дословная: в тексте источника «${detail.source}» её нет`;
      case 'unknown-event':
        return `такого события среди показанных нет: «${detail.event}»`;
      case 'step-inverted':
        return `позже, чем ${detail.to}`;
      case 'ring-closed':
        return 'контур многоугольника не был замкнут: он замкнут автоматически';
      case 'rule':
        return RULES[detail.rule];
      case 'wrong-type':
        return `должно быть ${TYPES[detail.expected] ?? detail.expected}`;
      case 'too-small':
        if (detail.origin === 'string' && detail.minimum === 1) return 'не должно быть пустым';
        if (detail.origin === 'string') return `должно быть не короче ${chars(detail.minimum)}`;
        if (detail.origin === 'array') return `нужно не меньше ${items(detail.minimum)}`;
        return `должно быть не меньше ${n(detail.minimum)}`;
      case 'too-big':
        if (detail.origin === 'string') return `должно быть не длиннее ${chars(detail.maximum)}`;
        if (detail.origin === 'array') return `допустимо не больше ${items(detail.maximum)}`;
        return `должно быть не больше ${n(detail.maximum)}`;
      case 'one-of':
        return `должно быть одним из значений: ${detail.values.join(', ')}`;
      case 'unknown-keys':
        return `${detail.keys.length === 1 ? 'неизвестный ключ' : 'неизвестные ключи'}: ${detail.keys.map((key) => `«${key}»`).join(', ')}`;
      case 'invalid':
        return 'недопустимое значение';
      case 'ref-unreadable':
      case 'ref-foreign':
      case 'ref-not-json':
        return refusal(detail);
      case 'load-failed':
        return `Не удалось загрузить историю с ${detail.url}: соединение не установилось или оборвалось (ответ браузера: «${detail.reason}»)`;
      case 'load-cancelled':
        return `Загрузка истории с ${detail.url} отменена`;
      case 'story-too-large':
        return `История больше ${n(detail.megabytes)} МБ`;
      case 'check-stopped':
        return detail.reason
          ? `Историю не удалось проверить: проверка остановилась (ответ браузера: «${detail.reason}»)`
          : 'Историю не удалось проверить: проверка остановилась';
      case 'redirected':
        return `История по адресу ${detail.url} перенаправляет на другой сайт (${detail.to}); она не открыта`;
      case 'not-found':
        return `По адресу ${detail.url} нет файла истории${detail.webPage ? ' (сервер прислал вместо него веб-страницу)' : ''}`;
      case 'http-status':
        return `Не удалось загрузить историю с ${detail.url}: HTTP ${detail.status}`;
      case 'too-large':
        return `История по адресу ${detail.url} больше ${n(detail.megabytes)} МБ`;
      case 'other-story':
        return `указывает на другую историю; на этой странице есть только «${detail.id}»`;
      case 'local-unavailable':
        return 'истории, сохранённые в браузере, на этой странице не открываются';
      case 'local-missing':
        return `«${detail.ref}» не сохранена в этом браузере: возможно, её удалили или сохранили в другом браузере`;
      case 'local-ref-invalid':
        return `«${detail.ref}» — не история из библиотеки (после local: должны идти 12 букв или цифр)`;
      case 'local-unreadable':
        return `не удалось прочитать из этого браузера: ${library(f).error(detail.error)}`;
      case 'link-value':
        return `${expected(detail.expect)} (получено «${detail.got}»)`;
      case 'to-before-from':
        return 'раньше, чем ?from; показана вся история';
      case 'no-such-event':
        return `в этой истории нет события «${detail.event}»`;
      case 'past-last-step':
        return `дальше последнего шага (${n(detail.steps)})`;
      case 'import-refused':
        return imported.refusal(detail.refusal);
      case 'import-note':
        return noted.note(detail.note);
      case 'file-unreadable':
        return `Не удалось прочитать файл «${detail.file}» с вашего устройства (ответ браузера: «${detail.reason}»)`;
      case 'importers-unloaded':
        return `Не удалось загрузить с этого сайта часть Dateline, которая читает файлы других программ; перезагрузите страницу и попробуйте ещё раз (ответ браузера: «${detail.reason}»)`;
      case 'text':
        return detail.text;
    }
  };
  const said = (problem: Problem) =>
    problem.leftOut ? `${what(problem)} (не вошло в редактируемую копию)` : what(problem);
  return {
    what: said,
    describe: (problem) =>
      problem.path === '' ? said(problem) : `${problem.path}: ${said(problem)}`,
    folded: (line, count, paths, more) =>
      `${line} (${f.plural(count, { one: '# раз', few: '# раза', many: '# раз', other: '# раза' })}: ${paths.join(', ')}${more ? ', …' : ''})`,
    moreKinds: (count, kinds) =>
      `и ещё ${f.plural(count, { one: '# проблема', few: '# проблемы', many: '# проблем', other: '# проблемы' })} ${f.plural(kinds, { one: '# другого вида', other: '# других видов' })}`,
    hostedEmpty: 'Укажите, где будет лежать файл истории.',
    hostedNotPath: 'Укажите путь к файлу .json, например stories/my-story.json.',
    hostedRefused: (refused, origin) =>
      `История ${refusal(refused)}. Это должен быть файл .json на ${origin}.`,
  };
}
