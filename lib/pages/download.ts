/**
 * Hands a file to the reader's browser as a download, without any network request: the text goes
 * into a Blob, a temporary object URL and a clicked <a download>; the URL is revoked after 10 s.
 */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
