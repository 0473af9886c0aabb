"""Commands that are not elements: control flow, page configuration, options."""
