/*
 * Dateline embed resizer, for the page that embeds a Dateline frame. It sets each Dateline
 * iframe's height from the 'dateline:resize' messages that frame sends, so the frame is never
 * cut shorter than its content. No dependencies; it reads only a number from each message and
 * evaluates nothing. Include it once, anywhere after the iframes or with async:
 *
 *   <script src="https://your-dateline-host/embed/dateline-resize.js" async></script>
 */
(function () {
  'use strict';
  if (window.__datelineResize) return; // included twice: one listener is enough
  window.__datelineResize = true;

  var MIN_HEIGHT = 100;
  // A Dateline frame never needs more than this; a frame asking for more is not believed.
  var MAX_HEIGHT = 1600;

  /** The origin of a frame's src, or '' when it has none worth trusting. */
  function originOf(frame) {
    try {
      var url = new URL(frame.src, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : '';
    } catch (error) {
      return '';
    }
  }

  /**
   * Dateline frames are recognised by the mark the embed code puts on them (data-dateline), or,
   * for code pasted before that mark existed, by the embed mode in their address.
   */
  function isDatelineFrame(frame) {
    if (frame.hasAttribute('data-dateline')) return true;
    try {
      return new URL(frame.src, document.baseURI).searchParams.get('mode') === 'embed';
    } catch (error) {
      return false;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'dateline:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    height = Math.round(Math.min(Math.max(height, MIN_HEIGHT), MAX_HEIGHT));
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      // The message must come from this very frame, a Dateline frame, and from the origin its
      // src names: another frame on the same site cannot resize anything.
      if (
        frame.contentWindow === event.source &&
        isDatelineFrame(frame) &&
        originOf(frame) === event.origin
      ) {
        frame.style.height = height + 'px';
        return;
      }
    }
  });

  /*
   * A frame that loaded before this script has already sent its height: ask it again. The
   * request is addressed to the frame's own origin (never '*'), and the frame answers only to
   * this page's origin.
   */
  function hello(frame) {
    var origin = originOf(frame);
    if (origin && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: 'dateline:hello' }, origin);
    }
  }

  function watch(frame) {
    if (!isDatelineFrame(frame) || frame.datelineWatched) return;
    frame.datelineWatched = true;
    frame.addEventListener('load', function () {
      hello(frame);
    });
    hello(frame);
  }

  function watchAll() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) watch(frames[i]);
  }

  watchAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchAll);
})();
