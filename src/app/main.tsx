import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { applyTokens } from "./theme/tokens";
import "./base.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
applyTokens(document.documentElement);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
