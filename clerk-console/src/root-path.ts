import { rootPath } from '@luot/shared/client/connect'

/** An absolute URL path for an API route, whatever prefix Lượt is embedded under. */
export const apiPath = (path: string): string => `${rootPath()}${path.replace(/^\//, '')}`
