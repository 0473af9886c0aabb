// The 'charts' family: import its element modules (and their CSS) here; each registers itself.
import "../charts/index";
