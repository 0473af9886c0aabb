// The 'display' family: status elements, media, HTML frames, st.help. Each module registers itself.
import "../display/display.css";
import "../display/media_cache";
import "../display/status";
import "../display/media";
import "../display/frames";
import "../display/docstring";
