"""The layout family's commands: containers, columns, tabs, expanders, popovers, forms,
fragments and dialogs."""
