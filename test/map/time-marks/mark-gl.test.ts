import { describe, expect, it } from 'vitest';
import {
  checkLink,
  fillQuads,
  QUAD_CORNERS,
  QUAD_INDICES,
  quadBufferSteps,
  quadIndexArray,
  startLink,
  type LinkingGl,
  type UploadingGl,
} from '../../../src/map/time-marks/mark-gl';

/** Corner k of a quad as the vertex shader places it (mark-shaders.ts). */
const corner = (k: number): [number, number] => [(k & 1) * 2 - 1, ((k >> 1) & 1) * 2 - 1];

function triangleArea(a: [number, number], b: [number, number], c: [number, number]): number {
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}

describe('quads for the marks', () => {
  it('repeats each mark at the four corners of its quad', () => {
    const records = new Float32Array([1, 2, 3, 4, 5, 6]);
    const into = new Float32Array(3 * QUAD_CORNERS * 2);
    fillQuads(into, records, 2, 0, 3);
    expect([...into]).toEqual([
      1, 2, 1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4, 3, 4, 5, 6, 5, 6, 5, 6, 5, 6,
    ]);
  });

  it('fills a part that starts past the first mark from its own start', () => {
    const records = new Float32Array([1, 2, 3]);
    const into = new Float32Array(QUAD_CORNERS);
    fillQuads(into, records, 1, 2, 3);
    expect([...into]).toEqual([3, 3, 3, 3]);
  });

  it('draws each quad as two triangles over its own four corners that cover the square', () => {
    const indices = quadIndexArray(3);
    expect(indices).toHaveLength(3 * QUAD_INDICES);
    for (let quad = 0; quad < 3; quad += 1) {
      const own = [...indices.subarray(quad * QUAD_INDICES, (quad + 1) * QUAD_INDICES)];
      expect(new Set(own)).toEqual(new Set([0, 1, 2, 3].map((k) => quad * QUAD_CORNERS + k)));
      const points = own.map((index) => corner(index % QUAD_CORNERS));
      const [a, b, c, d, e, f] = points;
      if (!a || !b || !c || !d || !e || !f) throw new Error('a quad has six indices');
      // Two halves of the 2 × 2 square: each of area 2, sharing only a diagonal.
      expect([triangleArea(a, b, c), triangleArea(d, e, f)]).toEqual([2, 2]);
      const first = new Set(own.slice(0, 3));
      const shared = own.slice(3).filter((index) => first.has(index));
      const [p, q] = shared.map((index) => corner(index % QUAD_CORNERS));
      expect(p && q && p[0] !== q[0] && p[1] !== q[1]).toBe(true);
    }
  });
});

describe('uploading the marks', () => {
  /** A buffer's bytes as a WebGL stand-in keeps them, bound again before each write or not. */
  function bufferGl() {
    const stored = new Map<object, Float32Array>();
    let bound: object | undefined;
    const gl: UploadingGl = {
      ARRAY_BUFFER: 0x8892,
      bindBuffer: (_target: number, buffer: WebGLBuffer | null) => {
        bound = buffer ?? undefined;
      },
      bufferData: (_target: number, bytes: unknown) => {
        if (bound && typeof bytes === 'number') stored.set(bound, new Float32Array(bytes / 4));
      },
      bufferSubData: (_target: number, at: number, part: unknown, from?: number, n?: number) => {
        if (!bound || !(part instanceof Float32Array)) return;
        const start = from ?? 0;
        stored.get(bound)?.set(part.subarray(start, start + (n ?? 0)), at / 4);
      },
    };
    // Another user of the context, between two steps.
    const other = () => gl.bindBuffer(gl.ARRAY_BUFFER, {});
    return { gl, stored, other };
  }

  it('yields between parts and writes each into its own buffer, whatever was bound meanwhile', () => {
    const count = 10_000;
    const records = Float32Array.from({ length: count * 2 }, (_, i) => i);
    const { gl, stored, other } = bufferGl();
    const buffer = {};
    const steps = quadBufferSteps(gl, records, 2, 0, buffer);
    let yields = 0;
    while (!steps.next().done) {
      yields += 1;
      other();
    }
    expect(yields).toBeGreaterThan(1);
    const expected = new Float32Array(count * QUAD_CORNERS * 2);
    fillQuads(expected, records, 2, 0, count);
    expect(stored.get(buffer)).toEqual(expected);
  });
});

/** A WebGL stand-in that records each call by name and links as `linked` says. */
function recordingGl(linked: boolean): { gl: LinkingGl; calls: string[] } {
  const calls: string[] = [];
  const record =
    <T>(name: string, result: T) =>
    () => {
      calls.push(name);
      return result;
    };
  const gl: LinkingGl = {
    VERTEX_SHADER: 0x8b31,
    FRAGMENT_SHADER: 0x8b30,
    COMPILE_STATUS: 0x8b81,
    LINK_STATUS: 0x8b82,
    createShader: record('createShader', {}),
    shaderSource: record('shaderSource', undefined),
    compileShader: record('compileShader', undefined),
    getShaderParameter: record('getShaderParameter', linked),
    getShaderInfoLog: record('getShaderInfoLog', "ERROR: 'u_window' undeclared"),
    createProgram: record('createProgram', {}),
    attachShader: record('attachShader', undefined),
    linkProgram: record('linkProgram', undefined),
    getProgramParameter: record('getProgramParameter', linked),
    getProgramInfoLog: record('getProgramInfoLog', ''),
    flush: record('flush', undefined),
  };
  return { gl, calls };
}

describe("the marks' program", () => {
  it('is sent to be compiled and linked without asking how it went', () => {
    const { gl, calls } = recordingGl(true);
    startLink(gl);
    expect(calls.filter((call) => call === 'compileShader')).toHaveLength(2);
    expect(calls).toContain('linkProgram');
    expect(calls.at(-1)).toBe('flush');
    // Any question would make the page wait for the GPU process to compile.
    expect(calls.filter((call) => call.startsWith('get'))).toEqual([]);
  });

  it("is asked for later, and a failure says the compiler's words", () => {
    const { gl } = recordingGl(false);
    const started = startLink(gl);
    expect(() => checkLink(gl, started)).toThrow("'u_window' undeclared");
    const working = recordingGl(true);
    const linked = startLink(working.gl);
    expect(checkLink(working.gl, linked)).toBe(linked.program);
  });
});
