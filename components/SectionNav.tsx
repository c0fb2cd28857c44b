import { useEffect, useState } from 'preact/hooks';

export interface NavSection {
  id: string;
  label: string;
}

/** How far below the top of the window a section counts as the one being read. */
const READING_LINE = 120;

/** The section being read: the last whose top has passed the reading line, or the last at the end. */
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
 * Links to a page's sections, the one in view marked with aria-current (WAI-ARIA 1.2 §aria-current:
 * "location"), so screen readers and sighted users both know where they are. All sections stay in
 * the page: find-in-page and deep links (#history) keep working.
 */
export function SectionNav({ sections }: { sections: NavSection[] }) {
  const [current, setCurrent] = useState(() => location.hash.slice(1) || sections[0]?.id);
  const ids = sections.map((section) => section.id).join(' ');
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(sectionInView(ids.split(' '))));
    };
    addEventListener('scroll', update, { passive: true });
    addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', update);
      removeEventListener('resize', update);
    };
  }, [ids]);
  return (
    <nav class="nav" aria-label="Sections">
      {sections.map(({ id, label }) => (
        <a
          key={id}
          href={`#${id}`}
          aria-current={current === id ? 'location' : undefined}
          onClick={() => setCurrent(id)}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
