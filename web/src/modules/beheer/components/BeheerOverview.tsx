import { Link } from 'react-router';
import { beheerSections } from '@/modules/beheer/beheerSections';

/** What can be arranged under Beheer, each with one sentence. */
export function BeheerOverview() {
  return (
    <ul className="link-list">
      {beheerSections.map((section) => (
        <li key={section.to}>
          <Link to={section.to}>{section.label}</Link>: {section.description}
        </li>
      ))}
    </ul>
  );
}
