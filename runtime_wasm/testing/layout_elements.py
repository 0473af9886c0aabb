"""AppTest element classes of the 'layout' family (registered with element_tree.register_element_class)."""
