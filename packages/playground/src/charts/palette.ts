/** Colours the charts draw with, per theme. Canvas cannot read CSS variables by itself. */
export interface Palette {
  background: string;
  text: string;
  grid: string;
  accent: string;
  series: readonly string[];
  types: Record<"saints" | "honest" | "reactive" | "maniacs", string>;
  threshold: string;
  floor: string;
}

// Okabe–Ito: distinguishable by readers with the common colour-vision deficiencies.
const SERIES = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#999999"];

export const LIGHT: Palette = {
  background: "#ffffff",
  text: "#1f2328",
  grid: "rgba(31,35,40,0.12)",
  accent: "#0072B2",
  series: SERIES,
  types: { saints: "#009E73", honest: "#0072B2", reactive: "#E69F00", maniacs: "#D55E00" },
  threshold: "#b3261e",
  floor: "#6b7280",
};

export const DARK: Palette = {
  background: "#1e1e1e",
  text: "#e6e6e6",
  grid: "rgba(230,230,230,0.14)",
  accent: "#56B4E9",
  series: ["#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#0072B2", "#F0E442", "#bbbbbb"],
  types: { saints: "#2fc29a", honest: "#56B4E9", reactive: "#E69F00", maniacs: "#ff7a3d" },
  threshold: "#ff6b6b",
  floor: "#a0a0a0",
};

export type Theme = "light" | "dark";
export const paletteFor = (theme: Theme): Palette => (theme === "dark" ? DARK : LIGHT);
