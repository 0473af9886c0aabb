"""The 'uploads' family: files in (st.file_uploader, st.camera_input, st.audio_input), files
out (st.download_button, st.link_button) and chat (st.chat_input, st.chat_message)."""
