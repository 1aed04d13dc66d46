/** Whether the reader asked for less motion: the camera then jumps instead of gliding. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
