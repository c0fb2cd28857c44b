import { useEffect, useRef, useState } from 'preact/hooks';

export interface NavSection {
  id: string;
  label: string;
}

/** How far below the top of the window a section counts as the one being read. */
const READING_LINE = 120;

/** What a person does to scroll; until then a section they picked stays marked. */
const SCROLL_INTENT = ['wheel', 'touchstart', 'keydown'] as const;

/** The section being read: the last whose top passed the reading line, or the last at the end. */
function sectionInView(ids: string[]): string | undefined {
  const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  let current = ids[0];
  for (const id of ids) {
    const top = document.getElementById(id)?.getBoundingClientRect().top;
    if (top !== undefined && (top <= READING_LINE || atEnd)) current = id;
  }
  return current;
}

/**
 * Links to a page's sections, the one in view marked with aria-current="location" (WAI-ARIA 1.2,
 * https://www.w3.org/TR/wai-aria-1.2/#aria-current), so screen readers and sighted users both know
 * where they are. All sections stay in the page: find-in-page and deep links (#history) work.
 */
export function SectionNav({ sections, ready }: { sections: NavSection[]; ready: boolean }) {
  const [current, setCurrent] = useState(() => location.hash.slice(1) || sections[0]?.id);
  // A section picked by link or deep link stays marked, even when the page cannot scroll it to
  // the top (a short one near the end), until the person scrolls.
  const picked = useRef(location.hash !== '');
  const ids = sections.map((section) => section.id).join(' ');
  useEffect(() => {
    // The sections render after the settings load, too late for the browser's own jump to a
    // deep link (options.html#history): make it once they are there.
    if (ready) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [ready]);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      if (picked.current) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(sectionInView(ids.split(' '))));
    };
    const release = () => (picked.current = false);
    const options = { passive: true };
    addEventListener('scroll', update, options);
    addEventListener('resize', update);
    for (const type of SCROLL_INTENT) addEventListener(type, release, options);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', update);
      removeEventListener('resize', update);
      for (const type of SCROLL_INTENT) removeEventListener(type, release);
    };
  }, [ids]);
  return (
    <nav class="nav" aria-label="Sections">
      {sections.map(({ id, label }) => (
        <a
          key={id}
          href={`#${id}`}
          aria-current={current === id ? 'location' : undefined}
          onClick={() => {
            picked.current = true;
            setCurrent(id);
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
