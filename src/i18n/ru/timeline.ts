import type { Formatter } from '../format';
import type { TimelineMessages } from '../en/timeline';

export function timeline(f: Formatter): TimelineMessages {
  const events = (count: number) =>
    f.plural(count, { one: 'событие', few: 'события', many: 'событий', other: 'события' });
  return {
    region: 'Шкала времени',
    playback: 'Воспроизведение',
    previousEvent: 'Предыдущее событие',
    nextEvent: 'Следующее событие',
    play: 'Воспроизвести',
    pause: 'Пауза',
    playTitle: 'Пройти по шкале времени',
    zoom: 'Масштаб',
    zoomOut: 'Уменьшить масштаб шкалы',
    zoomOutTitle: 'Уменьшить масштаб шкалы (−)',
    zoomIn: 'Увеличить масштаб шкалы',
    zoomInTitle: 'Увеличить масштаб шкалы (+)',
    fitAll: 'Вместить всё',
    zoomToWindow: 'Приблизить окно',
    failed: 'Шкалы нет: историю не удалось показать.',
    loading: 'Загрузка шкалы времени…',
    earlierShown: (count) => `${f.number(count)} раньше `,
    laterShown: (count) => `${f.number(count)} позже `,
    widenHidden: (count) => `(${events(count)}): расширить шкалу`,
    showing: (range) => `Показано: ${range}`,
    shownOfTotal: (shown, total) =>
      `${f.number(shown)} из ${f.number(total)} ${f.plural(total, { one: 'события', other: 'событий' })}`,
    showAll: 'Показать все',
    windowStart: 'Начало окна',
    windowBody: 'Окно',
    windowEnd: 'Конец окна',
    windowStartTitle: (day) => `Начало окна: ${day}`,
    windowEndTitle: (day) => `Конец окна: ${day}`,
    daySpan: (first, last) => `с ${first} по ${last}`,
    sliderValue: (value, shown, total) =>
      `${value}, показано ${f.number(shown)} из ${f.number(total)} ${f.plural(total, { one: 'события', other: 'событий' })}`,
  };
}
