// A link's ?theme on the prerendered page before its first paint (why: scripts/prerender.mjs).
(function () {
  var theme = new URLSearchParams(window.location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
})();
