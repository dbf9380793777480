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

// Okabe–Ito: distinguishable by readers with the common colour-vision deficiencies. The same
// colour means the same series in both themes (a slide made in one matches a screen in the
// other); the blue is the lighter Okabe–Ito blue, readable on white and on near-black.
const SERIES = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#999999"];
const TYPES = { saints: "#009E73", honest: "#56B4E9", reactive: "#E69F00", maniacs: "#D55E00" } as const;
/** Names a person uses for the series colours (lesson text is checked against them). */
export const COLOUR_NAMES: Record<string, string> = {
  "#0072B2": "blue",
  "#E69F00": "orange",
  "#009E73": "green",
  "#CC79A7": "pink",
  "#D55E00": "red",
  "#56B4E9": "light blue",
  "#F0E442": "yellow",
  "#999999": "grey",
};

export const LIGHT: Palette = {
  background: "#ffffff",
  text: "#1f2328",
  grid: "rgba(31,35,40,0.12)",
  accent: "#0072B2",
  series: SERIES,
  types: TYPES,
  threshold: "#D55E00",
  floor: "#999999",
};

const DARK: Palette = {
  background: "#1e1e1e",
  text: "#e6e6e6",
  grid: "rgba(230,230,230,0.14)",
  accent: "#0072B2",
  series: SERIES,
  types: TYPES,
  threshold: "#D55E00",
  floor: "#999999",
};

export type Theme = "light" | "dark";
export const paletteFor = (theme: Theme): Palette => (theme === "dark" ? DARK : LIGHT);
