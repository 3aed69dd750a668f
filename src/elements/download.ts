/**
 * Saves text as a file from inside an element: a Blob, an object URL and a temporary link in the element's
 * own shadow root (nothing is added to the host page, no navigation, allowed under a strict CSP).
 */
export function downloadText(root: Node, text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
