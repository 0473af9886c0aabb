// Loads every widget; each registers its component.
import "./button";
import "./checkbox";
import "./slider";
import "./text_input";
import "./number_input";
import "./selectbox";
import "./radio";
