/** Where Lượt is mounted: the server injects it into every page it serves ('/' in dev). */
export function rootPath(): string {
  return document.querySelector('meta[name=luot-root]')?.getAttribute('content') ?? '/'
}

/** An absolute URL path for an API route, whatever prefix Lượt is embedded under. */
export const apiPath = (path: string): string => `${rootPath()}${path.replace(/^\//, '')}`
