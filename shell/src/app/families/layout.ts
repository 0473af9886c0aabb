// The 'layout' family: tabs, expanders, popovers, forms, dialogs and fragment timers (columns
// and containers are the core blocks in elements/blocks.tsx).
import "../layout/layout.css";
import "../layout/tabs";
import "../layout/expander";
import "../layout/popover";
import "../layout/form";
import "../layout/dialog";
import "../layout/fragments";
