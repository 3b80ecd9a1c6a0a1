import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The store's notice along the foot of the screen; nothing when there is none. A notice wider than
 * the screen scrolls round continuously (two copies side by side), a short one stands still.
 */
export function NoticeLine({ text }: { text: string }) {
  const box = useRef<HTMLElement>(null);
  const line = useRef<HTMLSpanElement>(null);
  const [scroll, setScroll] = useState(false);
  useLayoutEffect(() => {
    const measure = () => setScroll(!!box.current && !!line.current && line.current.offsetWidth > box.current.clientWidth);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [text]);
  if (!text) return <div className="fd-display-footer-spacer" />;
  return (
    <footer ref={box} className="fd-display-notice" data-testid="display-notice" data-scrolling={scroll || undefined}>
      <span className={scroll ? 'fd-display-notice-scroll' : undefined}>
        <span ref={line} className="fd-display-notice-text">
          {text}
        </span>
        {scroll && (
          <span className="fd-display-notice-text" aria-hidden>
            {text}
          </span>
        )}
      </span>
    </footer>
  );
}
