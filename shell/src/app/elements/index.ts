// Loads every family; each registers its components (elements, blocks, overlays, handlers).
// Families never edit this list's neighbours: one line each.
import "../families/core";
import "../families/display";
import "../families/inputs";
import "../families/uploads";
import "../families/layout";
import "../families/state";
import "../families/data";
import "../families/charts";
