"""The display family's commands: status elements, media, raw HTML, components, echo and help."""
