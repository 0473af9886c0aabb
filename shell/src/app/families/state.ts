// The 'state' family: import its element modules (and their CSS) here; each registers itself.
import "../state/state.css";
import "../state/navigation";
import "../state/page_link";
