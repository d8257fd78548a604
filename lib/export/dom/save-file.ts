// Hands a file made in the browser to the visitor as a download.
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
