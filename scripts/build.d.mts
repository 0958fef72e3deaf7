/** The workspaces whose build is missing or older than one of their inputs, in build order. */
export function stalePackages(root?: string): string[]
