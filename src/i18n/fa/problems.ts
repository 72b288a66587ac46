import { iso } from './isolate';
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
  'id-form': 'فقط حروف کوچک لاتین، رقم و خط تیره مجاز است، مانند «\u2068csto-exercises\u2069»',
  'country-code': 'باید کد دوحرفی کشور بر پایهٔ ISO 3166 باشد، مانند «\u2068TJ\u2069»',
  'date-form':
    'تاریخ نیست: به شکل \u20682021\u2069، \u20682021-10\u2069 یا \u20682021-10-18\u2069 بنویسید',
  'real-date': 'چنین تاریخی وجود ندارد',
  'date-time-form':
    'تاریخ نیست: به شکل \u20682021\u2069، \u20682021-10\u2069، \u20682021-10-18\u2069 یا \u20682021-10-18T14:30\u2069 بنویسید (در صورت نیاز همراه با Z یا اختلاف ساعتی مانند \u2068+04:30\u2069)',
  'real-date-time': 'چنین تاریخ، ساعت یا منطقهٔ زمانی‌ای وجود ندارد',
  'web-url': 'نشانی \u2068http(s)\u2069 نیست',
  colour: 'رنگ باید به شکل «\u2068#rrggbb\u2069» نوشته شود',
  'two-countries': 'باید دو کشور متفاوت را نام ببرد',
  'format-version': 'باید ۱ یا ۲ باشد',
};

const TYPES: Readonly<Record<string, string>> = {
  string: 'متن',
  number: 'عدد',
  int: 'عدد صحیح',
  boolean: 'true یا false',
  array: 'فهرست',
  object: 'شیء',
};

function expected(expect: LinkExpectation): string {
  switch (expect.kind) {
    case 'one-of':
      return `باید یکی از این‌ها باشد: ${expect.values.map(iso).join('، ')}`;
    case 'day':
      return `باید تاریخی به شکل ${iso('2021-10-18')} باشد`;
    case 'story-ref':
      return 'برای نشانی داستان بیش از حد بلند است';
    case 'flag':
      return 'باید ۱ یا خالی باشد';
    case 'event-id':
      return 'باید شناسهٔ یک رویداد باشد';
    case 'language-tag':
      return `باید کد زبان باشد، مانند ${iso('fa')}`;
    case 'zero-one':
      return 'باید ۰ یا ۱ باشد';
    case 'step':
      return 'باید شمارهٔ گام باشد، از ۱ به بعد';
    case 'camera':
      return `باید «طول جغرافیایی، عرض جغرافیایی، بزرگ‌نمایی» باشد، مانند ${iso('69.5,37.5,5')}`;
    case 'camera-range':
      return `باید «طول جغرافیایی، عرض جغرافیایی، بزرگ‌نمایی» در محدودهٔ مجاز باشد، مانند ${iso('69.5,37.5,5')}`;
    case 'origins':
      return `باید نشانی سایت باشد، مانند ${iso('https://news.example')}`;
  }
}

function refusal(refused: StoryRefRefusal): string {
  switch (refused.code) {
    case 'ref-unreadable':
      return `«${iso(refused.ref)}» نه شناسهٔ داستان است و نه مسیر`;
    case 'ref-foreign':
      return `«${iso(refused.ref)}» در سایت دیگری است؛ فقط داستان‌های همین سایت باز می‌شوند`;
    case 'ref-not-json':
      return `«${iso(refused.ref)}» پروندهٔ \u2068.json\u2069 نیست`;
  }
}

export function problems(f: Formatter): ProblemsMessages {
  const imported = imports(f);
  const noted = importNotes(f);
  const n = f.number;
  const what = (detail: ProblemDetail): string => {
    switch (detail.code) {
      case 'not-json':
        return `این پرونده JSON معتبر نیست: ${iso(detail.reason)}`;
      case 'newer-format':
        return `این داستان در قالب ${n(detail.format)} نوشته شده است و این نسخهٔ Dateline قالب‌های ۱ و ۲ را می‌خواند. برای باز کردن آن، Dateline را به‌روز کنید.`;
      case 'no-valid-source':
        return 'هیچ منبع معتبری ندارد';
      case 'repeated-id':
        return `شناسهٔ «${iso(detail.id)}» تکراری است`;
      case 'date-unparsed':
        return 'تاریخ آن خوانده نمی‌شود';
      case 'end-before-start':
        return `پیش از ${iso('time.start')} است`;
      case 'precision-mismatch':
        return `دقت «${iso(detail.precision)}» آمده، اما تاریخ‌ها با دقت دیگری نوشته شده‌اند`;
      case 'unknown-source':
        return `چنین منبعی وجود ندارد: «${iso(detail.source)}»`;
      case 'not-verbatim':
        return `نقل‌قول عین متن نیست: در متن منبع «${iso(detail.source)}» نیامده است`;
      case 'unknown-event':
        return `چنین رویدادی در میان رویدادهای نمایش‌داده‌شده نیست: «${iso(detail.event)}»`;
      case 'step-inverted':
        return `پس از ${iso(detail.to)} است`;
      case 'ring-closed':
        return 'حلقهٔ چندضلعی بسته نبود و خودکار بسته شد';
      case 'rule':
        return RULES[detail.rule];
      case 'wrong-type':
        return `باید ${TYPES[detail.expected] ?? iso(detail.expected)} باشد`;
      case 'too-small':
        if (detail.origin === 'string' && detail.minimum === 1) return 'نباید خالی باشد';
        if (detail.origin === 'string') return `باید دست‌کم ${n(detail.minimum)} نویسه باشد`;
        if (detail.origin === 'array') return `دست‌کم ${n(detail.minimum)} مورد لازم است`;
        return `باید دست‌کم ${n(detail.minimum)} باشد`;
      case 'too-big':
        if (detail.origin === 'string') return `باید حداکثر ${n(detail.maximum)} نویسه باشد`;
        if (detail.origin === 'array') return `حداکثر ${n(detail.maximum)} مورد مجاز است`;
        return `باید حداکثر ${n(detail.maximum)} باشد`;
      case 'one-of':
        return `باید یکی از این‌ها باشد: ${detail.values.map(iso).join('، ')}`;
      case 'unknown-keys':
        return `${detail.keys.length === 1 ? 'کلید ناشناخته' : 'کلیدهای ناشناخته'}: ${detail.keys.map((key) => `«${iso(key)}»`).join('، ')}`;
      case 'invalid':
        return 'معتبر نیست';
      case 'ref-unreadable':
      case 'ref-foreign':
      case 'ref-not-json':
        return refusal(detail);
      case 'load-failed':
        return `بارگیری داستان از ${iso(detail.url)} ممکن نشد: اتصال برقرار نشد یا قطع شد (پیام مرورگر: «${iso(detail.reason)}»)`;
      case 'load-cancelled':
        return `بارگیری داستان از ${iso(detail.url)} لغو شد`;
      case 'story-too-large':
        return `داستان بزرگ‌تر از ${n(detail.megabytes)} مگابایت است`;
      case 'check-stopped':
        return detail.reason
          ? `بررسی داستان ممکن نشد: بررسی متوقف شد (پیام مرورگر: «${iso(detail.reason)}»)`
          : 'بررسی داستان ممکن نشد: بررسی متوقف شد';
      case 'redirected':
        return `داستان در ${iso(detail.url)} به سایت دیگری (${iso(detail.to)}) می‌رود؛ باز نشد`;
      case 'not-found':
        return `در ${iso(detail.url)} پروندهٔ داستانی نیست${detail.webPage ? ' (سرور به‌جای آن یک صفحهٔ وب فرستاد)' : ''}`;
      case 'http-status':
        return `بارگیری داستان از ${iso(detail.url)} ممکن نشد: خطای ${n(detail.status)}`;
      case 'too-large':
        return `داستان در ${iso(detail.url)} بزرگ‌تر از ${n(detail.megabytes)} مگابایت است`;
      case 'other-story':
        return `به داستان دیگری اشاره می‌کند؛ این صفحه فقط «${iso(detail.id)}» را دارد`;
      case 'local-unavailable':
        return 'داستان‌های نگه‌داشته در مرورگر در این صفحه باز نمی‌شوند';
      case 'local-missing':
        return `«${iso(detail.ref)}» در این مرورگر نگه‌داشته نشده است: شاید حذف شده یا در مرورگر دیگری نگه‌داشته شده باشد`;
      case 'local-ref-invalid':
        return `«${iso(detail.ref)}» داستانی از کتابخانه نیست (پس از ${iso('local:')} باید ۱۲ حرف یا رقم بیاید)`;
      case 'local-unreadable':
        return `از این مرورگر خوانده نشد: ${library(f).error(detail.error)}`;
      case 'link-value':
        return `${expected(detail.expect)} (آمده: «${iso(detail.got)}»)`;
      case 'to-before-from':
        return `پیش از ${iso('?from')} است؛ کل داستان نشان داده می‌شود`;
      case 'no-such-event':
        return `در این داستان رویدادی با شناسهٔ «${iso(detail.event)}» نیست`;
      case 'past-last-step':
        return `از آخرین گام (${n(detail.steps)}) فراتر است`;
      case 'import-refused':
        return imported.refusal(detail.refusal);
      case 'import-note':
        return noted.note(detail.note);
      case 'file-unreadable':
        return `فایل «${iso(detail.file)}» از دستگاه شما خوانده نشد (پیام مرورگر: «${iso(detail.reason)}»)`;
      case 'importers-unloaded':
        return `بخشی از ${iso('Dateline')} که فایل‌های ابزارهای دیگر را می‌خواند از این سایت بارگیری نشد؛ صفحه را دوباره بارگیری کنید و باز امتحان کنید (پیام مرورگر: «${iso(detail.reason)}»)`;
      case 'text':
        return detail.text;
    }
  };
  const said = (problem: Problem) =>
    problem.leftOut ? `${what(problem)} (در نسخهٔ ویرایش‌پذیر نیامد)` : what(problem);
  return {
    what: said,
    describe: (problem) =>
      problem.path === '' ? said(problem) : `${iso(problem.path)}: ${said(problem)}`,
    folded: (line, count, paths, more) =>
      `${line} (${n(count)} بار: ${paths.map(iso).join('، ')}${more ? '، …' : ''})`,
    moreKinds: (count, kinds) => `و ${n(count)} مشکل دیگر از ${n(kinds)} نوع دیگر`,
    hostedEmpty: 'بنویسید پروندهٔ داستان کجا قرار خواهد گرفت.',
    hostedNotPath: `مسیر پروندهٔ ${iso('.json')} را بنویسید، مانند ${iso('stories/my-story.json')}.`,
    hostedRefused: (refused, origin) =>
      `داستان ${refusal(refused)}. باید پرونده‌ای ${iso('.json')} در ${iso(origin)} باشد.`,
  };
}
