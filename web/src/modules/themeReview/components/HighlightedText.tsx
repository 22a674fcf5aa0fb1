import { splitByHighlights } from '@/modules/themeReview/utils/splitByHighlights';

interface HighlightedTextProps {
  text: string;
  spans: readonly { start: number; end: number }[];
}

/** The text with the words that weighed most marked; each mark can be reached with Tab. */
export function HighlightedText({ text, spans }: HighlightedTextProps) {
  return (
    <p className="review-text">
      {splitByHighlights(text, spans).map((part, index) =>
        part.marked ? (
          <mark key={index} tabIndex={0} title="Dit woord woog mee voor het voorstel">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
