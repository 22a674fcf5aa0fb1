/** Says honestly that a page has no figures yet, instead of showing placeholder numbers. */
export function PlannedNotice() {
  return (
    <p className="notice">
      Deze pagina wordt nog gebouwd. Er staan nog geen cijfers op. Zodra de gegevens beschikbaar zijn, ziet u
      ze hier.
    </p>
  );
}
