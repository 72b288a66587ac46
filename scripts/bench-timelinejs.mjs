// TimelineJS (3.9.11, from its npm package, served from the bench's own folder) given the same
// events as Dateline, for the side-by-side benchmark (scripts/bench.mjs).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** "2021-10-18", "2021-10" or "2021" (a time after a "T" is dropped) as a TimelineJS date. */
function timelineDate(value) {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return {
    year,
    ...(month ? { month } : {}),
    ...(day ? { day } : {}),
  };
}

/** A Dateline story (format 1 or 2) as TimelineJS JSON: a title slide, then one slide per event. */
export function toTimelineJs(story) {
  return {
    title: { text: { headline: story.title, text: story.summary ?? '' } },
    events: story.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineDate(event.time.start),
      ...(event.time.end ? { end_date: timelineDate(event.time.end) } : {}),
      text: {
        headline: event.title,
        text: (event.excerpts ?? []).map((excerpt) => `<p>${excerpt.quote}</p>`).join(''),
      },
    })),
  };
}

/**
 * Copies TimelineJS's dist files into `dir`/timelinejs and writes `dir`/timelinejs.html, which
 * fetches the JSON named by ?data= and builds the timeline, as Dateline fetches its story.
 */
export function writeTimelineJsPage(dir) {
  const from = 'node_modules/@knight-lab/timelinejs/dist';
  mkdirSync(join(dir, 'timelinejs'), { recursive: true });
  cpSync(join(from, 'js'), join(dir, 'timelinejs', 'js'), { recursive: true });
  cpSync(join(from, 'css'), join(dir, 'timelinejs', 'css'), { recursive: true });
  writeFileSync(
    join(dir, 'timelinejs.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>TimelineJS (bench)</title>
    <link rel="stylesheet" href="timelinejs/css/timeline.css" />
    <style>html, body, #timeline { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="timeline"></div>
    <script src="timelinejs/js/timeline.js"></script>
    <script>
      const data = new URLSearchParams(location.search).get('data');
      fetch(data)
        .then((response) => response.json())
        .then((json) => {
          window.timeline = new TL.Timeline('timeline', json, {
            script_path: new URL('timelinejs/js/', location.href).href,
            language: 'en',
            hash_bookmark: false,
          });
        });
    </script>
  </body>
</html>
`,
  );
}
