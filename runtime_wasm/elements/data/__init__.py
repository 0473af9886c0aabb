"""The data family's commands: st.dataframe, st.table, st.data_editor, st.metric, add_rows."""
