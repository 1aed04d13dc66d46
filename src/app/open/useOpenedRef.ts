import { useSyncExternalStore } from "react";
import { onAddressChange } from "../url/location";
import { printOpenedRef, readOpenedRef } from "./openedRef";

/** The fragment's opened thing, as a string so the snapshot is stable; parse with readOpenedRef. */
const current = () => {
  const ref = readOpenedRef(window.location.hash);
  return ref ? printOpenedRef(ref) : "";
};

const subscribe = (callback: () => void) => {
  const stop = onAddressChange(callback);
  window.addEventListener("hashchange", callback);
  return () => {
    stop();
    window.removeEventListener("hashchange", callback);
  };
};

export function useOpenedRef() {
  const printed = useSyncExternalStore(subscribe, current);
  return printed === "" ? null : readOpenedRef(printed);
}
