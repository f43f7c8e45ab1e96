/** Measures a page for text that is cut off or spills out of its box. */
import type { Page } from 'playwright-core';

/**
 * Every problem on the page as a line: a page wider than the window, an element whose content
 * is clipped by its own overflow, a button wider than the box it sits in, or an element that
 * reaches past the window's edges. Hidden helpers (visually hidden text, SVG) are skipped. A box
 * that scrolls sideways and takes focus, so keys can scroll it too (a wide table), shows all its
 * content, so what it holds may be wider.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const scrolls = (el: HTMLElement, style = getComputedStyle(el)) =>
      el.tabIndex >= 0 && ['auto', 'scroll'].includes(style.overflowX);
    const inScroller = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (scrolls(up)) return true;
      return false;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('svg, .visually-hidden, [hidden], script, style')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const clipsX = style.overflowX !== 'visible' && !scrolls(el, style);
      const clipsY = style.overflowY !== 'visible';
      if (clipsX && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} cuts off its content sideways`);
      if (clipsY && el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} cuts off its content below`);
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
        problems.push(`${name(el)} ends in "…"`);
      if ((box.left < -1 || box.right > root.clientWidth + 1) && !inScroller(el))
        problems.push(`${name(el)} reaches past the window`);
      if (el.matches('button, [role="switch"], a.button') && el.parentElement) {
        const parent = el.parentElement.getBoundingClientRect();
        if (box.width > parent.width + 1) problems.push(`${name(el)} is wider than its container`);
      }
      // Text wider than its own box spills over whatever is next to it.
      if (!clipsX && el.children.length === 0 && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        problems.push(`${name(el)} overflows its box`);
      }
    }
    return problems;
  });
}

/**
 * Labels of a drawing that run into each other, as drawn: each pair of `text` elements of the
 * SVGs matching `selector` whose boxes overlap, as a line.
 */
export function overlappingLabels(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((svgs) => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll(svgs)) {
      const labels = [...svg.querySelectorAll('text')].map((text) => ({
        text: text.textContent ?? '',
        box: text.getBoundingClientRect(),
      }));
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) {
          const apart =
            a.box.right <= b.box.left ||
            b.box.right <= a.box.left ||
            a.box.bottom <= b.box.top ||
            b.box.bottom <= a.box.top;
          if (!apart) problems.push(`"${a.text}" runs into "${b.text}"`);
        }
      });
    }
    return problems;
  }, selector);
}
