import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, useLocation } from 'react-router';
import type { NavItem } from '@/modules/navigation/navItems';

interface NavGroupProps {
  label: string;
  items: readonly NavItem[];
}

/**
 * A disclosure button in the menu bar (WAI-ARIA disclosure navigation, not role="menu"): Enter or
 * Space opens the list of links below it, Escape closes it and returns focus to the button; it
 * closes when focus or a click leaves it and after every navigation.
 */
export function NavGroup({ label, items }: NavGroupProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLLIElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const current = items.some((item) => pathname === item.to || pathname.startsWith(`${item.to}/`));

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <li
      ref={rootRef}
      className="main-nav__group"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`main-nav__button${current ? ' main-nav__button--current' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        {current && <span className="visually-hidden"> (de huidige pagina staat hierin)</span>}
        <span className="main-nav__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul id={listId} className="main-nav__sublist" hidden={!open}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="main-nav__link main-nav__sublink">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}
