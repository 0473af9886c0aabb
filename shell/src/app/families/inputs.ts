// The 'inputs' family: its widgets register themselves (st.select_slider lives in
// widgets/slider.tsx, next to st.slider).
import "../widgets/inputs.css";
import "../widgets/multiselect";
import "../widgets/text_area";
import "../widgets/date_input";
import "../widgets/time_input";
import "../widgets/color_picker";
import "../widgets/button_group";
