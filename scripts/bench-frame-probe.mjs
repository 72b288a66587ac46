// In-page probes for bench-frame.mjs, run before any of the page's scripts (addInitScript). The
// app does not hand out its MapLibre map, and should not for a benchmark's sake: MapLibre's
// constructor assigns `this._canvasContainer`, so a setter on Object.prototype under that name
// catches the map as it is built (and then steps aside, leaving a plain property), without a
// line of the app's code knowing.
/* global window */

export function installFrameProbes() {
  const probe = { map: undefined, renders: 0, trace: [] };
  Object.assign(window, { benchFrame: probe });
  Object.defineProperty(Object.prototype, '_canvasContainer', {
    configurable: true,
    set(value) {
      Object.defineProperty(this, '_canvasContainer', {
        value,
        writable: true,
        configurable: true,
        enumerable: true,
      });
      if (probe.map) return;
      probe.map = this;
      // Listeners go on once the constructor has returned.
      queueMicrotask(() => {
        this.on('render', () => {
          probe.renders += 1;
          // When each frame ran and at what zoom: --trace prints the load's frames.
          if (probe.trace.length < 100)
            probe.trace.push(
              `${performance.now().toFixed(0)} ms z${this.getZoom().toFixed(2)} ${this.style?._order?.length ?? 0}L`,
            );
        });
      });
    },
  });

  /** The map's WebGL context: the one its canvas already holds. */
  const glOf = (map) => map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');

  /** Resolves once the map is idle (no tiles loading, no transition, no fade). */
  const idle = (map) =>
    new Promise((resolve) => {
      if (!map.isMoving() && map.loaded() && !map._frameRequest) {
        // Idle already: a repaint confirms it at once.
        map.once('idle', resolve);
        map.triggerRepaint();
      } else map.once('idle', resolve);
    });

  /**
   * Forces `count` full frames one after another and times each: the map's render call (its
   * script: placement, uniforms, draw calls) and then a one-pixel readPixels, which waits for the
   * GPU (SwiftShader, in the GPU process) to finish the frame. Returns [{ script, total }] in ms.
   */
  async function forceFrames(map, count) {
    const gl = glOf(map);
    const pixel = new Uint8Array(4);
    const original = map._render;
    const times = [];
    map._render = function (stamp) {
      const start = performance.now();
      const result = original.call(this, stamp);
      const drawn = performance.now();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      times.push({ script: drawn - start, total: performance.now() - start });
      return result;
    };
    try {
      for (let i = 0; i < count; i += 1) {
        await new Promise((resolve) => {
          map.once('render', resolve);
          map.triggerRepaint();
        });
        // A frame of its own each time: the next frame starts clean.
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    } finally {
      delete map._render;
    }
    return times;
  }

  /** Hides `ids` (or shows them again) and waits until the map is idle. */
  probe.hide = async (ids, hidden) => {
    for (const id of ids)
      probe.map.setLayoutProperty(id, 'visibility', hidden ? 'none' : 'visible');
    await idle(probe.map);
  };

  /** Forces `count` frames at rest: [{ script, total }] in ms. */
  probe.frames = (count) => forceFrames(probe.map, count);

  /**
   * Frames per second while the map repaints without pause for `ms`, with nothing waiting on
   * the GPU: what a reader's scrub or pan gets, compositing included.
   */
  probe.paced = async (ms) => {
    const { map } = probe;
    let count = 0;
    const again = () => {
      count += 1;
      map.triggerRepaint();
    };
    await idle(map);
    map.on('render', again);
    const start = performance.now();
    map.triggerRepaint();
    await new Promise((resolve) => setTimeout(resolve, ms));
    map.off('render', again);
    const elapsed = performance.now() - start;
    await idle(map);
    return elapsed / Math.max(count, 1);
  };

  /** The style's layers: [id, source] bottom to top. */
  probe.layers = () =>
    probe.map
      .getStyle()
      .layers.map((layer) => [layer.id, 'source' in layer ? layer.source : layer.type]);
}
