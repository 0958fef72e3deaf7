import type { Page } from '../paging.js'

/** "1/2" beside a panel title while the board pages through a list that does not fit. */
export function PageMark({ page }: { page: Page<unknown> }) {
  if (page.count < 2) return null
  return (
    <span class="page-mark" data-testid="page-mark">
      {page.index + 1}/{page.count}
    </span>
  )
}
