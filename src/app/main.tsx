// The base styles come first, so that every component's own stylesheet comes after them.
import "./base.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { currentScheme } from "./theme/colourScheme";
import { applyTokens } from "./theme/tokens";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// Before the first paint, so that a dark page never flashes light.
applyTokens(document.documentElement, currentScheme());
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
