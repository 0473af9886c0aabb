"""AppTest element classes of the 'charts' family (registered with element_tree.register_element_class)."""
