/**
 * The window cannot open files by path (sandboxed renderer, plain browser in the web harness): the
 * picked file is read here and its bytes travel to the Node side as base64.
 */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

export function readFileAsBase64(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) return Promise.reject(new Error(`${file.name}: ${Math.round(file.size / 1e6)} MB is over the 30 MB limit`));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name}: cannot be read`));
    // A data URL is the browser's own base64 encoder; everything after the comma is the content.
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** A default series name from the file name, without its extension. */
export function stemOf(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').slice(0, 200) || fileName;
}
