/**
 * The GLSL that draws the marks. Each mark is a screen-aligned square around its place; the
 * vertex shader drops the instances the time window leaves out (start < to and end > from, as
 * the map filters did), so a scrub step changes two uniforms and nothing else. Zoomed out, the
 * clusters of the zoom level (mark-clusters.ts) stand for the marks that share a cell: the marks'
 * passes draw only those alone in their cell (the level's element indices), and the `clusters`
 * pass draws one disc per cluster that counts its shown marks by two binary searches in its
 * sorted times (`u_times`). A cell the window leaves one mark in shows that mark, not a disc
 * reading 1: the marks' passes run over the clusters too (`u_lone`), and each finds its one shown
 * mark's index from the same searches (the XOR of its running indices) and reads that mark's
 * fields from `u_marks`. So a frame is a pass over the marks alone and passes over the clusters,
 * whatever the window, and never over the hundreds of thousands of marks clustered zoomed out.
 */

import { METRES_PER_PIXEL_Z0 } from '../event-features';
import { AREA_LOOK } from '../area-look';
import { INSTANCE_FIELDS, INSTANCE_STRIDE } from './mark-data';

/** What a draw call draws: the marks' circles of doubt, their markers, guesses' rings, clusters. */
export const PASS = { circles: 0, icons: 2, guess: 3, clusters: 5 } as const;

/** A cluster's count is drawn with glyphs from the atlas, this many px apart and tall. */
export const GLYPH = { advance: 7, height: 13 } as const;

/**
 * Pixels a circle of doubt's quad reaches past its edge: the soft rim drawn there (see
 * the fragment shader) fades out within 3.5 px of the edge.
 */
const CIRCLE_MARGIN = '4.0';

/**
 * RGBA texels per mark in the marks' texture (mark-gl.ts's marksTexture): its instance fields,
 * which fill whole texels (INSTANCE_STRIDE is a multiple of 4, tested).
 */
export const MARK_TEXELS = INSTANCE_STRIDE / 4;

/** Instance field `name` of a lone mark, from its texels as the vertex shader reads them. */
const field = (name: keyof typeof INSTANCE_FIELDS): string =>
  `texels[${Math.floor(INSTANCE_FIELDS[name] / 4)}].${'xyzw'[INSTANCE_FIELDS[name] % 4] ?? 'x'}`;

/** A number as a GLSL float literal. */
const float = (value: number): string => (Number.isInteger(value) ? value.toFixed(1) : `${value}`);

/** Kilometres a zoom-0 pixel covers on the equator. */
const KM_PER_PIXEL_Z0 = float(METRES_PER_PIXEL_Z0 / 1000);

/** areaOpacity's stops (event-layers.ts) as GLSL: the opacity of an area of `km2`. */
function fillBySize(): string {
  const stops = AREA_LOOK.fillBySize;
  const lines = stops.slice(1).map(([km2, opacity], i) => {
    const [from, was] = stops[i] ?? [km2, opacity];
    const share = `(km2 - ${float(from)}) / ${float(km2 - from)}`;
    return `  if (km2 <= ${float(km2)}) return mix(${float(was)}, ${float(opacity)}, ${share});`;
  });
  const [first] = stops;
  const last = stops[stops.length - 1];
  return [
    `  if (km2 <= ${float(first[0])}) return ${float(first[1])};`,
    ...lines,
    `  return ${float(last?.[1] ?? first[1])};`,
  ].join('\n');
}

/**
 * The area outline's rim (event-layers.ts) as MapLibre's line shader fades it: linearly from the
 * line's middle, over its blur plus a pixel, to half its width plus half a pixel of
 * antialiasing: (reach, fade, opacity).
 */
function rimOf({ width, blur, opacity }: { width: number; blur: number; opacity: number }): string {
  return `vec3(${float(width / 2 + 0.5)}, ${float(blur + 1)}, ${float(opacity)})`;
}

export const VERTEX_SHADER = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform vec2 u_window;
uniform float u_world;
uniform int u_pass;
uniform float u_size;
uniform float u_scale;
uniform vec2 u_atlas;
uniform float u_selected;
uniform float u_hovered;
uniform float u_image;
uniform float u_offsets;
uniform highp sampler2D u_times;
uniform highp sampler2D u_marks;
uniform int u_timesWidth;
uniform float u_cell;
uniform float u_lone;
in vec2 a_pos;
in vec2 a_time;
in vec2 a_offset;
in float a_icon;
in vec3 a_color;
in float a_radius0;
in float a_guess;
in vec4 a_cluster;
out vec2 v_uv;
out vec2 v_local;
out vec3 v_color;
out float v_half;
out float v_emphasis;
out float v_fill;
flat out float v_count;

void hide() {
  gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
}

float timeAt(int i) {
  return texelFetch(u_times, ivec2(i % u_timesWidth, i / u_timesWidth), 0).r;
}

// How many of the size sorted times from offset are below value (or equal to it, if orEqual).
int countBelow(int offset, int size, float value, bool orEqual) {
  int low = 0;
  int high = size;
  for (int step = 0; step < 32; step++) {
    if (low >= high) break;
    int middle = (low + high) / 2;
    int i = offset + middle;
    float at = timeAt(i);
    if (at < value || (orEqual && at == value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

// The XOR of the indices of the first n marks of a running-XOR run from offset (0 for none).
uint xorOfFirst(int offset, int n) {
  return n > 0 ? uint(timeAt(offset + n - 1) + 0.5) : 0u;
}

// Texel k of mark i's fields in u_marks (${MARK_TEXELS} per mark, the instance's order).
vec4 markTexel(int i, int k) {
  int at = i * ${MARK_TEXELS} + k;
  return texelFetch(u_marks, ivec2(at % u_timesWidth, at / u_timesWidth), 0);
}

// A circle of doubt's fill as an area of doubt's (AREA_LOOK.fillBySize): large areas
// fainter, so a country-sized doubt does not drown the map. Its area is that of a circle of
// radius0 zoom-0 px at the mark's latitude (a zoom-0 px is cos(latitude) as long there).
float fillFor(float radius0, float mercatorY) {
  float km = radius0 * ${KM_PER_PIXEL_Z0} / cosh(3.14159265 * (1.0 - 2.0 * mercatorY));
  float km2 = 3.14159265 * km * km;
${fillBySize()}
}

void main() {
  // Corner k of a mark's quad (its vertex k of 4), or of a cluster's instanced strip.
  vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
  v_count = 0.0;
  v_fill = 0.0;
  // The mark's fields: its attributes, or for a cluster's lone mark, read from u_marks.
  vec2 pos = a_pos;
  vec2 time = a_time;
  vec2 shift = a_offset;
  float icon = a_icon;
  vec3 color = a_color;
  float radius0 = a_radius0;
  float guess = a_guess;
  float id = float(gl_VertexID >> 2);
  if (u_pass == ${PASS.clusters} || u_lone > 0.5) {
    // Shown: the marks that start before the window ends, less those that end before it starts.
    int offset = int(a_cluster.z + 0.5);
    int size = int(a_cluster.w + 0.5);
    int started = countBelow(offset, size, u_window.y, false);
    int ended = countBelow(offset + size, size, u_window.x, true);
    int shown = started - ended;
    if (u_pass == ${PASS.clusters}) {
      // A cluster the window leaves one mark in draws the mark, in the marks' passes.
      if (shown < 2) {
        hide();
        return;
      }
      float count = float(shown);
      float radius = clamp(8.0 + 2.5 * log2(count), 11.0, u_cell * 0.45);
      vec4 at = u_matrix * vec4(a_cluster.xy * u_world, 0.0, 1.0);
      gl_Position = at + vec4(corner * radius * vec2(2.0, -2.0) / u_viewport * at.w, 0.0, 0.0);
      v_local = corner * radius;
      v_half = radius;
      v_count = count;
      return;
    }
    if (shown != 1 || u_window.x >= u_window.y) {
      hide();
      return;
    }
    int lone = int(xorOfFirst(offset + 2 * size, started) ^ xorOfFirst(offset + 3 * size, ended));
    vec4 texels[${MARK_TEXELS}];
    for (int k = 0; k < ${MARK_TEXELS}; k++) texels[k] = markTexel(lone, k);
    pos = vec2(${field('x')}, ${field('y')});
    time = vec2(${field('start')}, ${field('end')});
    shift = vec2(${field('offsetX')}, ${field('offsetY')});
    icon = ${field('icon')};
    color = vec3(${field('red')}, ${field('green')}, ${field('blue')});
    radius0 = ${field('radius0')};
    guess = ${field('guess')};
    id = float(lone);
  }
  bool inWindow = time.x < u_window.y && time.y > u_window.x;
  v_emphasis = id == u_selected ? 2.0 : (id == u_hovered ? 1.0 : 0.0);
  float half_size = 0.0;
  vec2 offset = vec2(0.0);
  if (u_pass == ${PASS.circles}) {
    // radius0 px at zoom 0, doubling with each zoom level, and room for the rim past the edge.
    half_size = radius0 > 0.0 ? radius0 * u_world / 512.0 + ${CIRCLE_MARGIN} : 0.0;
    v_fill = fillFor(radius0, pos.y);
  } else if (u_pass == ${PASS.guess}) {
    half_size = guess > 0.5 ? u_size * 0.5 : 0.0;
    offset = shift * u_offsets;
  } else {
    half_size = u_size * u_scale * 0.5;
    offset = shift * u_offsets;
  }
  if (!inWindow || half_size <= 0.0) {
    hide();
    return;
  }
  // MapLibre's matrix takes world pixels at the current zoom, not [0, 1].
  vec4 centre = u_matrix * vec4(pos * u_world, 0.0, 1.0);
  vec2 px = offset + corner * half_size;
  gl_Position = centre + vec4(px * vec2(2.0, -2.0) / u_viewport * centre.w, 0.0, 0.0);
  v_local = corner * half_size;
  v_half = half_size;
  v_color = color;
  float image = u_image >= 0.0 ? u_image : icon;
  vec2 cell = vec2(mod(image, u_atlas.x), floor(image / u_atlas.x));
  v_uv = (cell + corner * 0.5 + 0.5) / u_atlas;
}
`;

export const FRAGMENT_SHADER = `#version 300 es
precision highp float;
precision highp int;
uniform int u_pass;
uniform sampler2D u_texture;
uniform vec2 u_atlas;
uniform float u_size;
uniform float u_glyphs;
uniform vec3 u_clusterColor;
in vec2 v_uv;
in vec2 v_local;
in vec3 v_color;
in float v_half;
in float v_emphasis;
in float v_fill;
flat in float v_count;
out vec4 fragColor;

// Digit \`place\` (1, 10, 100) of a whole number; +0.5 keeps the divisions off their edges.
float digitOf(float value, float place) {
  return floor((value + 0.5) / place) - 10.0 * floor((value + 0.5) / (place * 10.0));
}

// The count as "7", "347" or "12k": the label's glyph over its disc, or nothing.
vec4 label(vec2 p) {
  bool thousands = v_count >= 999.5;
  float value = thousands ? min(999.0, floor((v_count + 0.5) / 1000.0)) : floor(v_count + 0.5);
  float digits = value >= 99.5 ? 3.0 : (value >= 9.5 ? 2.0 : 1.0);
  float chars = digits + (thousands ? 1.0 : 0.0);
  float x = p.x + chars * ${GLYPH.advance}.0 * 0.5;
  float i = floor(x / ${GLYPH.advance}.0);
  if (i < 0.0 || i >= chars || abs(p.y) > ${GLYPH.height}.0 * 0.5) return vec4(0.0);
  float glyph = i < digits ? digitOf(value, i < digits - 2.5 ? 100.0 : (i < digits - 1.5 ? 10.0 : 1.0)) : 10.0;
  float image = u_glyphs + glyph;
  vec2 inGlyph = vec2(x - (i + 0.5) * ${GLYPH.advance}.0, p.y);
  vec2 cell = vec2(mod(image, u_atlas.x), floor(image / u_atlas.x));
  return texture(u_texture, (cell + 0.5 + inGlyph / u_size) / u_atlas);
}

void main() {
  vec4 colour;
  if (u_pass == ${PASS.clusters}) {
    float d = length(v_local);
    float radius = v_half - 1.0;
    float disc = 1.0 - smoothstep(radius - 0.75, radius + 0.75, d);
    float rim = 1.0 - smoothstep(0.5, 1.5, abs(d - radius + 1.0));
    vec4 base = vec4(mix(u_clusterColor, vec3(1.0), rim * 0.8) * 0.9 * disc, 0.9 * disc);
    vec4 text = label(v_local);
    colour = text + base * (1.0 - text.a);
    if (colour.a <= 0.0) discard;
    fragColor = colour;
    return;
  }
  if (u_pass == ${PASS.circles}) {
    // An area of doubt's look (AREA_LOOK), so a story looks the same drawn by MapLibre or here:
    // a hard-edged fill, and over it a soft rim (reach, fade, opacity; see rimOf).
    float radius = v_half - ${CIRCLE_MARGIN};
    float d = length(v_local);
    float fill = v_emphasis > 1.5
      ? ${float(AREA_LOOK.fill.selected)}
      : (v_emphasis > 0.5 ? ${float(AREA_LOOK.fill.hovered)} : v_fill);
    vec3 rim = v_emphasis > 1.5
      ? ${rimOf(AREA_LOOK.rim.selected)}
      : (v_emphasis > 0.5 ? ${rimOf(AREA_LOOK.rim.hovered)} : ${rimOf(AREA_LOOK.rim.plain)});
    float edge = clamp((rim.x - abs(d - radius)) / rim.y, 0.0, 1.0) * rim.z;
    float inside = d <= radius ? fill : 0.0;
    float alpha = edge + inside * (1.0 - edge);
    colour = vec4(v_color * alpha, alpha);
  } else {
    colour = texture(u_texture, v_uv);
  }
  if (colour.a <= 0.0) discard;
  fragColor = colour;
}
`;
