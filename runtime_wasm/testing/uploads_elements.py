"""AppTest element classes of the 'uploads' family (registered with element_tree.register_element_class)."""
