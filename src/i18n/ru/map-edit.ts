import type { Formatter } from '../format';
import type { MapEditMessages } from '../en/map-edit';

export function mapEdit(f: Formatter): MapEditMessages {
  const points = (count: number) =>
    f.plural(count, { one: '# точка', few: '# точки', many: '# точек', other: '# точки' });
  return {
    tools: 'Инструменты карты',
    point: 'Поставить щелчком',
    line: 'Нарисовать линию',
    area: 'Нарисовать область',
    finish: 'Готово',
    cancel: 'Отменить рисование',
    selectFirst: 'Выберите событие, чтобы поставить его на карту.',
    pointHint: 'Щёлкните по карте там, где произошло событие. Escape — отмена.',
    lineHint: (count) =>
      `${points(count)}. Щёлкайте, чтобы добавить точки; Enter или двойной щелчок завершает линию; Escape — отмена.`,
    areaHint: (count) =>
      `${points(count)}. Щёлкайте, чтобы добавить углы; Enter или двойной щелчок завершает область; Escape — отмена.`,
    placed: (title) => `«${title}» поставлено на карту. «Отменить» вернёт как было.`,
    keyboard: 'Без мыши: введите координаты или найдите место в форме события.',
    radius: 'Радиус неопределённости',
    radiusKm: (km) => `${f.number(km)} км`,
    radiusHint: 'Перетащите маркер или нажимайте стрелки: 1 км за нажатие, 10 км с Shift.',
  };
}
