interface CsvColumnTableProps {
  caption: string;
  columns: readonly { name: string; meaning: string }[];
}

/** The columns of one CSV file, in order, with what each holds (from the API's column tables). */
export function CsvColumnTable({ caption, columns }: CsvColumnTableProps) {
  return (
    <div className="data-table__scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kolom</th>
            <th scope="col">Betekenis</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
              </th>
              <td>{column.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
