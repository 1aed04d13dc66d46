// The base styles come first, so that every component's own stylesheet comes after them.
import "./base.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { applyTokens } from "./theme/tokens";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
applyTokens(document.documentElement);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
