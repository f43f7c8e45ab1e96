/** The box of a table that can be wider than the page: it scrolls, and takes focus so keys can scroll it. */
export function tableScroller(labelledBy: string) {
  return { class: 'chart-table-scroll', tabIndex: 0, role: 'group', 'aria-labelledby': labelledBy } as const;
}
