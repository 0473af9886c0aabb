"""AppTest element classes of the 'data' family (registered with element_tree.register_element_class)."""
