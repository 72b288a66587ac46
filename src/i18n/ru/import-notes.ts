/** Что импорт чужого файла пропустил или угадал, по-русски, с указанием места в файле. */
import type { Formatter, PluralForms } from '../format';
import { LISTED_PARTS, type ImportNotesMessages } from '../en/import-notes';
import type { FieldRole } from '../../import/import-file';
import type {
  CsvErrorCode,
  DateUnit,
  ImportNote,
  LeftOutReason,
  NoteReason,
  PartName,
} from '../../import/import-notes';

const PARTS: Readonly<Record<PartName, { one: string; other: string; count: PluralForms }>> = {
  event: {
    one: 'событие',
    other: 'события',
    count: { one: '# событие', few: '# события', many: '# событий', other: '# события' },
  },
  slide: {
    one: 'слайд',
    other: 'слайды',
    count: { one: '# слайд', few: '# слайда', many: '# слайдов', other: '# слайда' },
  },
  row: {
    one: 'строка',
    other: 'строки',
    count: { one: '# строка', few: '# строки', many: '# строк', other: '# строки' },
  },
  feature: {
    one: 'объект',
    other: 'объекты',
    count: { one: '# объект', few: '# объекта', many: '# объектов', other: '# объекта' },
  },
};

const ROLES: Readonly<Record<FieldRole, string>> = {
  time: 'время',
  end: 'конец',
  title: 'заголовок',
  text: 'текст',
  latitude: 'широта',
  longitude: 'долгота',
  place: 'место',
};

const UNITS: Readonly<Record<DateUnit, string>> = {
  year: 'год',
  month: 'месяц',
  day: 'день',
  hour: 'час',
  minute: 'минута',
};

/** «с точностью до …» */
const UNITS_TO: Readonly<Record<DateUnit, string>> = {
  year: 'года',
  month: 'месяца',
  day: 'дня',
  hour: 'часа',
  minute: 'минуты',
};

const CSV_ERRORS: Readonly<Record<CsvErrorCode, string>> = {
  MissingQuotes: 'ячейка в кавычках не закрыта',
  UndetectableDelimiter: 'не удалось определить разделитель; взята запятая',
  TooFewFields: 'ячеек меньше, чем столбцов',
  TooManyFields: 'ячеек больше, чем столбцов',
  InvalidQuotes: 'кавычка внутри ячейки в кавычках не удвоена',
  other: 'прочитана не полностью',
};

const TOOLS = { timeline: 'TimelineJS', storymap: 'StoryMapJS' } as const;

export function importNotes(f: Formatter): ImportNotesMessages {
  const n = f.number;
  const plain = (value: number) =>
    new Intl.NumberFormat(f.locale, { useGrouping: false }).format(value);
  const two = (value: number) => String(value).padStart(2, '0');

  const leftOut = (why: LeftOutReason): string => {
    switch (why.code) {
      case 'part-not-number':
        return `${UNITS[why.unit]} «${why.value}» — не число`;
      case 'no-year':
        return 'нет года';
      case 'year-range':
        return `год вне промежутка от ${plain(why.first)} до ${plain(why.last)} (годы до нашей эры показать нельзя)`;
      case 'month-range':
        return `месяц ${n(why.month)} — не от 1 до 12`;
      case 'no-such-day':
        return `в месяце ${plain(why.year)}-${two(why.month)} нет ${n(why.day)}-го числа`;
      case 'hour-range':
        return `час ${n(why.hour)} — не от 0 до 23`;
      case 'minute-range':
        return `минута ${n(why.minute)} — не от 0 до 59`;
      case 'no-time':
        return 'нет времени';
      case 'no-date':
        return 'нет даты';
      case 'yearless':
        return `дата без года («${why.text}»)`;
      case 'yearless-no-earlier':
        return `дата без года («${why.text}»), а раньше год нигде не указан`;
      case 'unreadable-time':
        return `время не читается («${why.text}»)`;
      case 'unreadable-date':
        return `дата не читается («${why.text}»)`;
      case 'not-epoch':
        return `число ${plain(why.value)} — не время в миллисекундах от 1 января 1970 года`;
      case 'acled-no-date':
        return 'нет event_date';
      case 'acled-date-unreadable':
        return `event_date «${why.value}» не читается как дата`;
      case 'acled-date-not-day':
        return `event_date «${why.value}» — не день`;
      case 'acled-time-precision':
        return `time_precision «${why.value}» — не 1, 2 и не 3`;
      case 'no-start-date':
        return 'нет даты начала';
      case 'no-words':
        return 'нет ни заголовка, ни текста';
      case 'not-feature':
        return 'не объект GeoJSON (Feature)';
      case 'not-slide':
        return why.key === ''
          ? `не слайд ${TOOLS[why.tool]}`
          : `не слайд ${TOOLS[why.tool]}: его «${why.key}» не того вида`;
    }
  };

  const reason = (said: NoteReason): string => {
    switch (said.code) {
      case 'left-out':
        return `пропущено: ${leftOut(said.why)}`;
      case 'csv-row':
        return `CSV: строка ${n(said.row)}: ${CSV_ERRORS[said.error]}`;
      case 'guessed-column':
        return `${ROLES[said.role]} — это столбец «${said.name}» (догадка)`;
      case 'guessed-property':
        return `${ROLES[said.role]} — это свойство «${said.name}» (догадка)`;
      case 'no-coordinate-columns':
        return 'нет столбцов широты и долготы: события оставлены без места';
      case 'no-coordinates':
        return 'широта или долгота не читается: оставлено без места';
      case 'end-misfit':
        return 'конец не согласуется с началом: пропущен';
      case 'end-left-out':
        return `дата конца пропущена: ${leftOut(said.why)}`;
      case 'units-differ':
        return `начало и конец указаны с разной точностью: оба показаны с точностью до ${UNITS_TO[said.unit]}`;
      case 'end-before-start':
        return 'дата конца раньше даты начала: конец пропущен';
      case 'bad-clock':
        return 'время записано не как ЧЧ:ММ: оставлен только день';
      case 'eras':
        return `${f.plural(said.count, { one: '# эпоха пропущена', few: '# эпохи пропущены', many: '# эпох пропущено', other: '# эпохи пропущено' })}: в Dateline нет эпох`;
      case 'media':
        return 'медиа не перенесены (изображения, видео, встраиваемые элементы)';
      case 'no-headline':
        return 'нет заголовка: заголовком стало начало текста';
      case 'year-guessed':
        return 'дата без года: год взят из предыдущего слайда или из текста самого слайда';
      case 'no-location':
        return 'нет координат: оставлено без места (только на шкале времени и в списке)';
      case 'off-earth':
        return 'координаты вне Земли: оставлено без места';
      case 'no-place-name':
        return 'нет названия места: названо по координатам';
      case 'epoch-times':
        return 'время в миллисекундах от 1 января 1970 года: показано с точностью до минуты, по UTC';
      case 'no-geometry':
        return 'нет геометрии: оставлено без места';
      case 'bad-geometry':
        return 'геометрия не в формате GeoJSON: оставлено без места';
      case 'geometry-unsupported':
        return `геометрия ${said.type} вне Земли или не поддерживается: оставлено без места`;
      case 'third-coordinate':
        return 'третья координата (глубина или высота) отброшена';
      case 'acled-columns':
        return 'участники, число погибших и другие столбцы ACLED не перенесены';
      case 'acled-no-notes':
        return 'столбец notes пуст: цитата — это тип события и место';
      case 'acled-geo-precision':
        return `geo_precision «${said.value}» — не 1, 2 и не 3: принято за 3 (регион)`;
    }
  };

  const where = (part: PartName, numbers: readonly number[]): string => {
    const { one, other, count } = PARTS[part];
    if (numbers.length === 1) return `${one} ${n(numbers[0] ?? 0)}`;
    const listed = numbers.slice(0, LISTED_PARTS).map(n);
    if (numbers.length > LISTED_PARTS)
      return `${f.plural(numbers.length, count)}: ${listed.join(', ')}…`;
    return `${other} ${f.list(listed)}`;
  };

  return {
    reason,
    note: (note: ImportNote): string =>
      note.part && note.numbers.length > 0
        ? `${reason(note.reason)} (${where(note.part, note.numbers)})`
        : reason(note.reason),
  };
}
