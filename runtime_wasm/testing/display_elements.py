"""AppTest element classes of the 'display' family (registered with element_tree.register_element_class)."""
