import { chooseScheme, useColourScheme } from "./colourScheme";

/** Dark mode, on or off; the choice is remembered in this browser, else the system decides. */
export function SchemeSwitch() {
  const scheme = useColourScheme();
  const dark = scheme === "dark";
  return (
    <button
      type="button"
      className="scheme-switch"
      aria-pressed={dark}
      onClick={() => {
        chooseScheme(dark ? "light" : "dark");
      }}
    >
      Dark mode
    </button>
  );
}
