/**
 * The GLSL that draws the marks. Each instance is a screen-aligned square around its place; the
 * vertex shader drops the instances the time window leaves out (start < to and end > from, as
 * the map filters did), so a scrub step changes two uniforms and nothing else.
 */

/** What a draw call draws from the same instances. */
export const PASS = { circles: 0, dots: 1, icons: 2 } as const;

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
in vec2 a_corner;
in vec2 a_pos;
in vec2 a_time;
in vec2 a_offset;
in float a_icon;
in vec3 a_color;
in float a_radius0;
out vec2 v_uv;
out vec2 v_local;
out vec3 v_color;
out float v_half;
out float v_emphasis;
void main() {
  float id = float(gl_InstanceID);
  v_emphasis = id == u_selected ? 2.0 : (id == u_hovered ? 1.0 : 0.0);
  float half_size = 0.0;
  vec2 offset = vec2(0.0);
  if (u_pass == ${PASS.circles}) {
    // MapLibre's circle-radius: radius0 px at zoom 0, doubling with each zoom level.
    half_size = a_radius0 > 0.0 ? a_radius0 * u_world / 512.0 + 1.5 : 0.0;
  } else if (u_pass == ${PASS.dots}) {
    half_size = 3.0;
  } else {
    half_size = u_size * u_scale * 0.5;
    offset = a_offset * u_offsets;
  }
  bool shown = a_time.x < u_window.y && a_time.y > u_window.x;
  if (!shown || half_size <= 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  // MapLibre's matrix takes world pixels at the current zoom, not [0, 1].
  vec4 centre = u_matrix * vec4(a_pos * u_world, 0.0, 1.0);
  vec2 px = offset + a_corner * half_size;
  gl_Position = centre + vec4(px * vec2(2.0, -2.0) / u_viewport * centre.w, 0.0, 0.0);
  v_local = a_corner * half_size;
  v_half = half_size;
  v_color = a_color;
  float image = u_image >= 0.0 ? u_image : a_icon;
  vec2 cell = vec2(mod(image, u_atlas.x), floor(image / u_atlas.x));
  v_uv = (cell + a_corner * 0.5 + 0.5) / u_atlas;
}
`;

export const FRAGMENT_SHADER = `#version 300 es
precision highp float;
precision highp int;
uniform int u_pass;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec2 v_local;
in vec3 v_color;
in float v_half;
in float v_emphasis;
out vec4 fragColor;
void main() {
  vec4 colour;
  if (u_pass == ${PASS.circles}) {
    // The circle layer's look: a faint fill and a thin rim, both stronger when hovered or selected.
    float radius = v_half - 1.5;
    float d = length(v_local);
    float fill = v_emphasis > 1.5 ? 0.26 : (v_emphasis > 0.5 ? 0.2 : 0.12);
    float width = v_emphasis > 1.5 ? 2.5 : (v_emphasis > 0.5 ? 2.0 : 1.0);
    float rim = 1.0 - smoothstep(width * 0.5 - 0.5, width * 0.5 + 0.5, abs(d - radius));
    float inside = 1.0 - smoothstep(radius - 0.5, radius + 0.5, d);
    float alpha = max(inside * fill, rim * 0.7);
    colour = vec4(v_color * alpha, alpha);
  } else if (u_pass == ${PASS.dots}) {
    float d = length(v_local);
    float alpha = 0.6 * (1.0 - smoothstep(v_half - 1.0, v_half, d));
    colour = vec4(v_color * alpha, alpha);
  } else {
    colour = texture(u_texture, v_uv);
  }
  if (colour.a <= 0.0) discard;
  fragColor = colour;
}
`;
