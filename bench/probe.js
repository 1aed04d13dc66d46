/* global window, document, requestAnimationFrame, HTMLInputElement */
// Injected into every benchmarked page before its own scripts (Playwright addInitScript): the
// in-page half of the measurements, as `window.__bench`. Times are performance.now() milliseconds.
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: every "longest task" reads 0.
  }

  /** Resolves after the next frame has been rendered (rAF, then a task after the paint). */
  const afterFrame = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        setTimeout(resolve, 0);
      });
    });

  /** An input event's own timestamp, unless the browser gave a strange one. */
  const eventTime = (event) => {
    const now = performance.now();
    return event.timeStamp > 0 && event.timeStamp <= now && now - event.timeStamp < 10_000
      ? event.timeStamp
      : now;
  };

  /**
   * Times from the first `type` event (capture, on window) until the first frame at which
   * `done()` holds has been rendered.
   */
  const timeInteraction = (type, accept, done) => {
    const result = { start: null, end: null };
    const finished = new Promise((resolve) => {
      const poll = () => {
        requestAnimationFrame(() => {
          if (!done()) {
            poll();
            return;
          }
          setTimeout(() => {
            result.end = performance.now();
            resolve(result);
          }, 0);
        });
      };
      const onEvent = (event) => {
        if (!accept(event)) return;
        window.removeEventListener(type, onEvent, true);
        result.start = eventTime(event);
        poll();
      };
      window.addEventListener(type, onEvent, true);
    });
    return finished;
  };

  let pending = null;
  let frames = null;

  window.__bench = {
    now: () => performance.now(),

    drawnAt: () => performance.getEntriesByName("graph-drawn")[0]?.startTime ?? null,

    settle: () => afterFrame().then(afterFrame),

    /** The longest long task that overlaps [from, to]. */
    longestTask: (from, to) =>
      longTasks.reduce(
        (max, t) => (t.start < to && t.start + t.duration > from ? Math.max(max, t.duration) : max),
        0,
      ),

    /** Every node shown, where it is drawn (px from the canvas's top-left corner). */
    positions: () => {
      const handle = window.__explorer;
      return handle.visibleNodes().map((id) => ({ id, ...handle.nodePosition(id) }));
    },

    zoom: () => window.__explorer.zoom(),

    visibleCount: () => window.__explorer.visibleNodes().length,

    /**
     * Click on a node until the Details region shows its label and a passage, what lies outside
     * its neighbourhood is dimmed, and the camera has started to move (zoom or pan changed).
     */
    armClick: (label) => {
      const handle = window.__explorer;
      const camera = () => `${handle.zoom()} ${JSON.stringify(handle.pan())}`;
      const before = camera();
      pending = timeInteraction(
        "mousedown",
        () => true,
        () => {
          const region = document.querySelector('[aria-label="Details"]');
          return (
            region?.querySelector("h2")?.textContent === label &&
            region.querySelector("blockquote") !== null &&
            handle.fadedCount() > 0 &&
            camera() !== before
          );
        },
      );
    },

    /** Click on a checkbox until the set of nodes shown has changed. */
    armToggle: () => {
      const before = window.__explorer.visibleNodes().length;
      pending = timeInteraction(
        "click",
        (event) => event.target instanceof HTMLInputElement && event.target.type === "checkbox",
        () => window.__explorer.visibleNodes().length !== before,
      );
    },

    /** The armed interaction's {start, end}, or null if it did not finish within timeoutMs. */
    result: (timeoutMs) =>
      Promise.race([
        pending,
        new Promise((resolve) => {
          setTimeout(() => {
            resolve(null);
          }, timeoutMs);
        }),
      ]),

    /**
     * Records the interval between animation frames until stopFrames(), and whether the view
     * moved meanwhile (the zoom, or where the `watched` node is drawn, changed at some frame).
     */
    startFrames: (watched) => {
      const handle = window.__explorer;
      const view = () => {
        const at = handle.nodePosition(watched);
        return `${handle.zoom()} ${at?.x ?? ""} ${at?.y ?? ""}`;
      };
      const first = view();
      const times = [];
      let moved = false;
      let running = true;
      const loop = (time) => {
        times.push(time);
        moved ||= view() !== first;
        if (running) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      frames = {
        stop: () => {
          running = false;
          moved ||= view() !== first;
          return { deltas: times.slice(1).map((t, i) => t - (times[i] ?? t)), moved };
        },
      };
    },

    stopFrames: () => frames?.stop() ?? { deltas: [], moved: false },
  };
})();
