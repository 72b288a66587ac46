// The prerendered page's one classic script, in <head> (why: scripts/prerender.mjs). It runs
// before the first paint (the page marks it render-blocking) and does two things:
// - puts a link's ?theme on <html>, so the first paint is in the theme the link asks for;
// - starts the app (the entry module, data-entry) once the story's first view is painted, when
//   that view is what the link shows: evaluating the app's code took 70–250 ms on a busy 2-core
//   machine, and the first paint waited for it whenever the module was in before the page was
//   parsed. A link the view does not fit (another story, event, window, language) starts the app
//   as soon as the page is parsed, as before, so the app removes the view before it is painted.
(function () {
  var params = new URLSearchParams(window.location.search);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

  var script = document.currentScript;
  var entry = script && script.getAttribute('data-entry');
  if (!entry) return;

  // The view fits when the link asks for nothing but the page's own mode (data-search) and a
  // theme, and the interface is English: a stricter test than the app's (prerender-takeover.ts),
  // kept simple, since a link it refuses only loses the early paint.
  var own = new URLSearchParams(script.getAttribute('data-search') || '');
  var themes = params.getAll('theme');
  params.delete('theme');
  var fits =
    themes.length <= 1 &&
    (themes.length === 0 || theme === 'light' || theme === 'dark') &&
    params.toString() === own.toString() &&
    englishInterface();

  var started = false;
  function start() {
    if (started) return;
    started = true;
    var module = document.createElement('script');
    module.type = 'module';
    module.crossOrigin = '';
    module.src = entry;
    document.head.appendChild(module);
  }
  function afterParse() {
    if (!fits) return start();
    requestAnimationFrame(start);
    // A page that is not drawn (a hidden tab, a frame out of view) gets no frame: start anyway.
    setTimeout(start, 200);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterParse);
  else afterParse();

  // The first of the browser's languages the interface speaks is English (or none is spoken):
  // src/i18n/locale.ts, pickLocale, with no ?lang (a lang= makes the link not fit above).
  function englishInterface() {
    var languages = navigator.languages || [];
    for (var i = 0; i < languages.length; i += 1) {
      var base = String(languages[i]).toLowerCase().split('-')[0];
      if (base === 'en') return true;
      if (base === 'ru' || base === 'fa' || base === 'prs') return false;
    }
    return true;
  }
})();
