// Loads every element family; each registers its components with the registry.
import "./blocks";
import "./text";
import "./code";
import "./alerts";
import "./json";
import "../widgets";
