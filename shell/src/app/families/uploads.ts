// The 'uploads' family: import its element modules (and their CSS) here; each registers itself.
import "../uploads/uploads.css";
import "../uploads/file_uploader";
import "../uploads/camera_input";
import "../uploads/audio_input";
import "../uploads/buttons";
import "../uploads/chat";
