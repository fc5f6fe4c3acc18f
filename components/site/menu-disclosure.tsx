"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

/**
 * The phone menu: a native <details> disclosure (it opens and closes without JavaScript). This wrapper only adds
 * what <details> lacks: it closes after navigating, on Escape (returning focus to the toggle) and on a click outside.
 */
export function MenuDisclosure({ className, children }: { className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    ref.current?.removeAttribute("open");
  }, [pathname]);

  useEffect(() => {
    function closeOnOutsideClick(event: MouseEvent) {
      const details = ref.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    }
    document.addEventListener("click", closeOnOutsideClick);
    return () => document.removeEventListener("click", closeOnOutsideClick);
  }, []);

  function closeOnEscape(event: React.KeyboardEvent<HTMLDetailsElement>) {
    const details = ref.current;
    if (event.key !== "Escape" || !details?.open) return;
    details.open = false;
    details.querySelector("summary")?.focus();
  }

  return (
    <details ref={ref} className={className} onKeyDown={closeOnEscape}>
      {children}
    </details>
  );
}
