import { useState } from 'react';

interface CopyButtonProps {
  text: string;
  /** What is copied, for the button's accessible name, e.g. "de token". */
  what: string;
}

/** Copies `text` to the clipboard and says (politely) whether that worked. */
export function CopyButton({ text, what }: CopyButtonProps) {
  const [result, setResult] = useState<string | null>(null);

  function copy() {
    navigator.clipboard.writeText(text).then(
      () => setResult('Gekopieerd.'),
      () => setResult('Kopiëren lukte niet. Selecteer de tekst en kopieer met Ctrl+C.'),
    );
  }

  return (
    <span className="copy-button">
      <button type="button" className="button button--secondary" onClick={copy}>
        Kopieer {what}
      </button>
      <span role="status">{result}</span>
    </span>
  );
}
