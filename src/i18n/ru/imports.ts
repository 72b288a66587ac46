/** Отказы импорта чужих файлов (TimelineJS, StoryMapJS, GeoJSON, CSV) по-русски. */
import type { Formatter } from '../format';
import type { ImportsMessages } from '../en/imports';
import type { ImportRefusal, RefusalDetail } from '../../import/import-words';

const FORMATS: Readonly<Record<Extract<RefusalDetail, { code: 'not-format' }>['format'], string>> =
  {
    timeline: 'хронологией TimelineJS',
    storymap: 'историей StoryMapJS',
    geojson: 'коллекцией GeoJSON (FeatureCollection)',
  };

const quoted = (names: readonly string[]) => names.map((name) => `«${name}»`).join(', ');

export function imports(f: Formatter): ImportsMessages {
  const refusal = (refused: ImportRefusal): string => {
    const file = `«${refused.file}»`;
    switch (refused.code) {
      case 'empty':
        return `Файл ${file} пуст.`;
      case 'not-text':
        return `Файл ${file} не текстовый (таблица, картинка или документ?). Сохраните его как CSV или JSON и откройте полученный файл.`;
      case 'markup':
        return `Файл ${file} — веб-страница или XML-документ, а не история, TimelineJS, StoryMapJS, GeoJSON или CSV.`;
      case 'no-columns':
        return `Файл ${file} не JSON и не таблица CSV: в его первой строке нет столбцов.`;
      case 'bad-json':
        return `Файл ${file} не является корректным JSON: ${refused.reason}.`;
      case 'json-not-object':
        return `В файле ${file} JSON-${refused.list ? 'список' : 'значение'}, а не объект истории, TimelineJS, StoryMapJS или GeoJSON.`;
      case 'geojson-type':
        return `Файл ${file} — GeoJSON типа ${refused.type}; импортировать можно только FeatureCollection с датированными объектами.`;
      case 'json-unknown':
        return `Файл ${file} — JSON, но не история, TimelineJS, StoryMapJS или GeoJSON (его ключи: ${refused.keys.join(', ') || 'нет'}).`;
      case 'too-large':
        return `Файл ${file} весит ${f.number(refused.megabytes)} МБ; файлы больше ${f.number(refused.limit)} МБ не открываются.`;
      case 'no-events':
        return `В файле ${file} нет ни одного события, которое удалось бы прочитать.`;
      case 'gigapixel':
        return `Файл ${file} — гигапиксельная история StoryMapJS: её метки стоят на картинке, а не на Земле, поэтому из неё не сделать историю на карте.`;
      case 'not-list':
        return `Файл ${file}: его «${refused.key}» — не список${refused.slides ? ' слайдов' : ''}`;
      case 'not-feature-collection':
        return `Файл ${file}: его «type» — не «FeatureCollection»`;
      case 'not-format':
        return `Файл ${file} не является ${FORMATS[refused.format]}`;
      case 'no-rows':
        return `В файле ${file} есть заголовок, но нет строк`;
      case 'no-features':
        return `В файле ${file} нет объектов`;
      case 'no-column':
        return `В файле ${file} нет столбца ${quoted(refused.names)}`;
      case 'no-property':
        return `В файле ${file} нет свойства ${quoted(refused.names)}`;
      case 'choose-column':
        return `Файл ${file} не говорит, в каком столбце дата: выберите его`;
      case 'choose-property':
        return `Файл ${file} не говорит, в каком свойстве время: выберите его`;
    }
  };
  return { refusal };
}
