import type { Formatter } from '../format';
import type { MapMessages } from '../en/map';

export function map(f: Formatter): MapMessages {
  const events = (n: number) =>
    f.plural(n, { one: '# событие', few: '# события', many: '# событий', other: '# события' });
  return {
    region: 'Карта событий',
    keyboardHint:
      'Перетаскивайте карту или, когда она в фокусе, двигайте её стрелками и меняйте масштаб клавишами плюс и минус. В списке событий те же события текстом.',
    pointerHint: 'Перетаскивайте карту; масштаб меняется кнопками.',
    legend: 'Легенда',
    kindsOfEvent: 'Виды событий',
    howSure: 'Насколько точны данные',
    dateToDay: 'Дата известна с точностью до дня',
    dateCoarse: 'Известны только месяц или год, или дата приблизительна',
    dateRange: 'Длилось от одной даты до другой',
    placeRough: 'Место известно приблизительно: где-то в этой области',
    events,
    offscreen: (name, count, direction) => `${name}: ${events(count)}, за краем карты ${direction}`,
    offscreenName: (name) => `${name}: `,
    compass: {
      north: 'на севере',
      northeast: 'на северо-востоке',
      east: 'на востоке',
      southeast: 'на юго-востоке',
      south: 'на юге',
      southwest: 'на юго-западе',
      west: 'на западе',
      northwest: 'на северо-западе',
    },
    downloadPng: 'Скачать PNG этого вида',
    makingImage: 'Создаётся изображение…',
    downloaded: (file) => `Скачано: ${file}`,
    imageFailed: (reason) => `Не удалось создать изображение: ${reason}`,
    noWebgl:
      'Этот браузер не может показать интерактивную карту (WebGL выключен или отсутствует), поэтому здесь статичная карта мест событий. В списке событий есть все события.',
    stillMap: (n) => `Статичная карта: ${events(n)}`,
    maplibre: {
      'Map.Title': 'Карта',
      'NavigationControl.ZoomIn': 'Приблизить',
      'NavigationControl.ZoomOut': 'Отдалить',
      'NavigationControl.ResetBearing':
        'Перетащите, чтобы повернуть карту; нажмите, чтобы вернуть север',
      'AttributionControl.ToggleAttribution': 'Показать или скрыть авторство',
      'ScaleControl.Meters': 'м',
      'ScaleControl.Kilometers': 'км',
      'CooperativeGesturesHandler.WindowsHelpText': 'Ctrl + прокрутка меняет масштаб карты',
      'CooperativeGesturesHandler.MacHelpText': '⌘ + прокрутка меняет масштаб карты',
      'CooperativeGesturesHandler.MobileHelpText': 'Двигайте карту двумя пальцами',
    },
  };
}
