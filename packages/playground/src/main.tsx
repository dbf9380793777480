import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./styles.css";
import { App } from "./App.tsx";
import { LessonsLauncher } from "./lessons/LessonsLauncher.tsx";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
    <LessonsLauncher />
  </StrictMode>,
);
