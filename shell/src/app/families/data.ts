// The 'data' family: import its element modules (and their CSS) here; each registers itself.
import "../data/index";
