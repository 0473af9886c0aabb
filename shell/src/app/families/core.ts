// The spine's elements and widgets.
import "../elements/blocks";
import "../elements/text";
import "../elements/code";
import "../elements/alerts";
import "../elements/json";
import "../widgets";
