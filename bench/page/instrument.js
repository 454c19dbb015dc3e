// Loaded first, as a classic script, before any chart code: records, for every
// <canvas>, the time of its first and last drawing call. Chart.js (inside DSFR
// Chart) draws in requestAnimationFrame; its first drawing call on a chart's
// canvas is when that chart is drawn. clearRect, save, beginPath… do not count:
// only calls that put pixels on the canvas. `canvas.__onNextDraw = (t) => …` asks
// for the time of the next drawing call on a canvas (a redraw).
(() => {
  const P = CanvasRenderingContext2D.prototype;
  for (const name of [
    'fill',
    'fillRect',
    'fillText',
    'stroke',
    'strokeRect',
    'strokeText',
    'drawImage',
    'putImageData',
  ]) {
    const original = P[name];
    P[name] = function (...args) {
      const canvas = this.canvas;
      const t = performance.now();
      if (canvas.__firstDraw === undefined) {
        canvas.__firstDraw = t;
        window.__onCanvasDraw?.(canvas, t);
      } else if (canvas.__onNextDraw) {
        const callback = canvas.__onNextDraw;
        canvas.__onNextDraw = undefined;
        callback(t);
      }
      canvas.__lastDraw = t;
      canvas.__draws = (canvas.__draws ?? 0) + 1;
      return original.apply(this, args);
    };
  }
})();
