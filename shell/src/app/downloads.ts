// Saving a file the page made (st.download_button's bytes, a grid's CSV): a Blob URL followed
// with the `download` attribute, so nothing is requested from anywhere.

// Long enough for the browser to start reading the Blob; the URL is freed afterwards.
const BLOB_URL_LIFETIME_MS = 60_000;

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}
