"""appwasm's build pipeline (host only): analyse the app, resolve packages, vendor assets,
render templates, write the static site. Nothing imports this package but its CLI."""
