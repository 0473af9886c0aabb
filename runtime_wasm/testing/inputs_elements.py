"""AppTest element classes of the 'inputs' family (registered with element_tree.register_element_class)."""
