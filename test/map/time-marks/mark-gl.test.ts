import { describe, expect, it } from 'vitest';
import { checkLink, startLink, type LinkingGl } from '../../../src/map/time-marks/mark-gl';

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
