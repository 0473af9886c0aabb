"""AppTest element classes of the 'state' family (registered with element_tree.register_element_class)."""
