// An app's [theme] (from .streamlit/config.toml, carried by the boot config) applied to the
// renderer: each Streamlit option sets one CSS variable of styles.css on the root element, and
// `base` forces the light or dark palette through color-scheme (the palette uses light-dark()).
import type { BootConfig } from "../protocol.gen";

const COLOR_VARIABLES: Record<string, string> = {
  primaryColor: "--aw-primary",
  backgroundColor: "--aw-bg",
  secondaryBackgroundColor: "--aw-bg-2",
  textColor: "--aw-text",
};

// Streamlit's three font choices, as local font stacks (the site loads no web fonts).
const FONTS: Record<string, string> = {
  "sans serif": '"Source Sans Pro", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  serif: '"Source Serif Pro", Georgia, "Times New Roman", serif',
  monospace: 'ui-monospace, "SF Mono", Menlo, Consolas, monospace',
};

export function applyTheme(theme: BootConfig["theme"], root: HTMLElement = document.documentElement): void {
  if (!theme) return;
  if (theme.base === "light" || theme.base === "dark") {
    root.style.colorScheme = theme.base;
    root.dataset.awTheme = theme.base;
  }
  for (const [option, variable] of Object.entries(COLOR_VARIABLES)) {
    const value = theme[option];
    if (value) root.style.setProperty(variable, value);
  }
  // Secondary text follows a custom text color, dimmed the way the default palette dims it.
  if (theme.textColor) root.style.setProperty("--aw-text-2", `color-mix(in srgb, ${theme.textColor} 70%, transparent)`);
  if (theme.font && FONTS[theme.font]) root.style.setProperty("--aw-font", FONTS[theme.font]);
}
