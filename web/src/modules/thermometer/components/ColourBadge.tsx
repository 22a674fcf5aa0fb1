import type { ThermometerColour } from '@/generated/graphql';
import { colourLabels } from '@/modules/thermometer/utils/colourLabels';

interface ColourBadgeProps {
  colour: ThermometerColour;
}

/** The colour in words with an icon and a dot: never colour alone (WCAG 1.4.1). */
export function ColourBadge({ colour }: ColourBadgeProps) {
  const { label, icon, tone } = colourLabels[colour];
  return (
    <p className={`system-status${tone === 'none' ? '' : ` system-status--${tone}`}`}>
      <span aria-hidden="true">{icon}</span>
      <span>Kleur: {label}</span>
    </p>
  );
}
