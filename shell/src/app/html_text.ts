// Text put into HTML the renderer builds as a string (markdown, icons): every character that
// could start markup becomes an entity.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
