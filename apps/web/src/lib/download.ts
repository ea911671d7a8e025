import { session } from './auth/session';
import { ApiError, isProblem } from './api/problem';

/**
 * Downloads an export the API streams (PDF, CSV). A link cannot carry the bearer token, so the file
 * is fetched with it and handed to the browser as a download under the API's own file name.
 */
export async function downloadExport(path: string, language: string): Promise<string> {
  const token = session.token();
  const response = await fetch(path, {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Accept-Language': language === 'en' ? 'en' : 'sv' },
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(isProblem(body) ? body : { status: response.status, code: `HTTP_${response.status}` });
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
  saveBlob(await response.blob(), name);
  return name;
}

/** Hands a file fetched with the bearer token to the browser as a download under the given name. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
