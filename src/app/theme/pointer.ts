/** Whether the reader points with a finger rather than a mouse: touch gestures and touch words. */
export function pointsByTouch(): boolean {
  return window.matchMedia("(pointer: coarse)").matches;
}
