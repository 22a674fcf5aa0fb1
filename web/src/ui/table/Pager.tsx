interface PagerProps {
  /** 1-based. */
  page: number;
  pageCount: number;
  onChange: (page: number) => void;
}

/** Previous/next buttons with the position spoken as text; the page itself lives in the URL. */
export function Pager({ page, pageCount, onChange }: PagerProps) {
  return (
    <nav aria-label="Pagina's" className="pager">
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onChange(page - 1)}
      >
        Vorige pagina
      </button>
      <span>
        Pagina {page} van {pageCount}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pageCount}
        onClick={() => onChange(page + 1)}
      >
        Volgende pagina
      </button>
    </nav>
  );
}
