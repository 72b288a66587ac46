// The prerendered page's head script; why and how: FIRST_PAINT_SCRIPT in scripts/prerender.mjs.
(function () {
  var params = new URLSearchParams(window.location.search);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

  var script = document.currentScript;
  var entry = script && script.getAttribute('data-entry');
  if (!entry) return;
  // Stricter than the app's test (prerender-takeover.ts): a link refused only paints later.
  var own = new URLSearchParams(script.getAttribute('data-search') || '');
  var themes = params.getAll('theme');
  params.delete('theme');
  var fits =
    themes.length <= 1 &&
    (themes.length === 0 || theme === 'light' || theme === 'dark') &&
    params.toString() === own.toString() &&
    english(navigator.languages || []);

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
  function parsed() {
    if (!fits) return start();
    requestAnimationFrame(start);
    // A page that is not drawn (a hidden tab, a frame out of view) gets no frame.
    setTimeout(start, 1000);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed);
  else parsed();

  // pickLocale (src/i18n/locale.ts) with no ?lang= gives English.
  function english(languages) {
    for (var i = 0; i < languages.length; i += 1) {
      var base = String(languages[i]).toLowerCase().split('-')[0];
      if (base === 'en') return true;
      if (base === 'ru' || base === 'fa' || base === 'prs') return false;
    }
    return true;
  }
})();
