/**
 * A copy of part of the map's picture on the GPU (basemap-snapshot.ts): a texture the size of
 * the canvas that is either copied from what the canvas holds (the basemap beneath the marks) or
 * drawn into (the labels above them), and drawn back over the canvas pixel for pixel.
 */

const VERTEX = `#version 300 es
void main() {
  // One triangle over the whole canvas, at the far plane (depth 1: see draw()).
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(corner * 2.0 - 1.0, 1.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision highp float;
uniform highp sampler2D u_copy;
out vec4 color;
void main() {
  color = texelFetch(u_copy, ivec2(gl_FragCoord.xy), 0);
}`;

/** Sends the copy's program to be compiled and linked, asking nothing back (see CopyDrawing). */
function startLink(gl: WebGL2RenderingContext): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, VERTEX],
    [gl.FRAGMENT_SHADER, FRAGMENT],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader) continue;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    gl.deleteShader(shader);
  }
  gl.linkProgram(program);
  return program;
}

/**
 * The drawing the copies of one canvas share: their program and an empty vertex array. Asking
 * whether a program linked makes the page wait for the GPU process to compile it (in software
 * GL, tens to hundreds of ms: mark-gl.ts), so the program is sent as the copies are made and,
 * where the browser can say whether it is done without waiting (KHR_parallel_shader_compile),
 * not asked for until it is: until then no copy is made and frames are drawn in full.
 */
export class CopyDrawing {
  private program: WebGLProgram | undefined;
  private linkedYet = false;
  private readonly parallel: KHR_parallel_shader_compile | null;
  readonly vao: WebGLVertexArrayObject;

  constructor(readonly gl: WebGL2RenderingContext) {
    this.vao = gl.createVertexArray();
    this.parallel = gl.getExtension('KHR_parallel_shader_compile');
    this.program = startLink(gl);
  }

  /** The program once it has linked; undefined before that, or if it would not link. */
  get linked(): WebGLProgram | undefined {
    const { gl, program } = this;
    if (!program || this.linkedYet) return program;
    if (this.parallel && !gl.getProgramParameter(program, this.parallel.COMPLETION_STATUS_KHR))
      return undefined;
    if (gl.getProgramParameter(program, gl.LINK_STATUS)) this.linkedYet = true;
    else {
      gl.deleteProgram(program);
      this.program = undefined;
    }
    return this.program;
  }

  delete(): void {
    if (this.program) this.gl.deleteProgram(this.program);
    this.gl.deleteVertexArray(this.vao);
  }
}

/**
 * Copies share one CopyDrawing, made when a copy is first taken or drawn into, not before: a map
 * that is never scrubbed (a reader who only reads) sends no program of the copies' at all.
 */
export class CanvasCopy {
  private texture: WebGLTexture | undefined;
  private framebuffer: WebGLFramebuffer | undefined;
  private size: readonly [number, number] = [0, 0];
  /** The texture the framebuffer holds, found complete. */
  private checked: WebGLTexture | undefined;

  constructor(private readonly drawingOf: () => CopyDrawing) {}

  private get drawing(): CopyDrawing {
    return this.drawingOf();
  }

  /** The texture at the canvas's size now (made anew when the canvas changed size). */
  private sized(): WebGLTexture {
    const gl = this.drawing.gl;
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    if (this.texture && this.size[0] === width && this.size[1] === height) return this.texture;
    this.deleteTexture();
    const texture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, width, height);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    this.texture = texture;
    this.size = [width, height];
    return texture;
  }

  /** Copies what the bound framebuffer (the canvas) holds now; false when it could not. */
  take(): boolean {
    const gl = this.drawing.gl;
    if (!this.drawing.linked) return false;
    gl.bindTexture(gl.TEXTURE_2D, this.sized());
    gl.copyTexSubImage2D(gl.TEXTURE_2D, 0, 0, 0, 0, 0, this.size[0], this.size[1]);
    return true;
  }

  /**
   * A framebuffer that draws into the copy, cleared to transparent, for MapLibre to bind and
   * draw layers into; undefined when there can be none.
   */
  target(): WebGLFramebuffer | undefined {
    const gl = this.drawing.gl;
    if (!this.drawing.linked) return undefined;
    const texture = this.sized();
    this.framebuffer ??= gl.createFramebuffer();
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
    // Checked once per texture: asking makes the page wait for the GPU process to finish all
    // it was sent (in software GL, the frame so far), on every frame that copies the labels.
    if (this.checked !== texture) {
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
      if (gl.checkFramebufferStatus(gl.FRAMEBUFFER) !== gl.FRAMEBUFFER_COMPLETE) {
        gl.bindFramebuffer(gl.FRAMEBUFFER, null);
        return undefined;
      }
      this.checked = texture;
    }
    gl.colorMask(true, true, true, true);
    // Not gl.clear: each of those is counted as one of the map's frames (bench-scrub-steps.mjs).
    gl.clearBufferfv(gl.COLOR, 0, [0, 0, 0, 0]);
    return this.framebuffer;
  }

  /**
   * Draws the copy over the bound framebuffer. `over` blends it on (premultiplied, as MapLibre
   * blends: the labels), over everything. Else it replaces what is there (the basemap): at the
   * far plane with the depth test on, it stays behind whatever MapLibre's opaque pass (drawn
   * top-down, before) put above it.
   */
  draw(over: boolean): void {
    if (!this.texture) return;
    const gl = this.drawing.gl;
    const program = this.drawing.linked;
    if (!program) return;
    gl.useProgram(program);
    gl.bindVertexArray(this.drawing.vao);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    gl.uniform1i(gl.getUniformLocation(program, 'u_copy'), 0);
    if (over) {
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.disable(gl.DEPTH_TEST);
    } else {
      gl.disable(gl.BLEND);
      gl.enable(gl.DEPTH_TEST);
      gl.depthFunc(gl.LEQUAL);
    }
    gl.disable(gl.STENCIL_TEST);
    gl.disable(gl.CULL_FACE);
    gl.depthMask(false);
    gl.depthRange(0, 1);
    gl.colorMask(true, true, true, true);
    gl.viewport(0, 0, this.size[0], this.size[1]);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    gl.bindVertexArray(null);
  }

  private deleteTexture(): void {
    if (this.texture) this.drawing.gl.deleteTexture(this.texture);
    this.texture = undefined;
    this.checked = undefined;
  }

  delete(): void {
    this.deleteTexture();
    if (this.framebuffer) this.drawing.gl.deleteFramebuffer(this.framebuffer);
  }
}
