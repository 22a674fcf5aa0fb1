import { Link } from 'react-router';
import type { SavedViewsQuery } from '@/generated/graphql';
import { pageLabel } from '@/modules/savedViews/utils/pageLabel';

interface SharedSavedViewListProps {
  views: SavedViewsQuery['savedViews']['sharedWithMe'];
  headingId: string;
}

/** Views colleagues share: open only (changing or deleting is the owner's). */
export function SharedSavedViewList({ views, headingId }: SharedSavedViewListProps) {
  if (views.length === 0) {
    return <p className="muted">Er zijn nog geen weergaven met u gedeeld.</p>;
  }
  return (
    <ul className="saved-views__list" aria-labelledby={headingId}>
      {views.map((view) => (
        <li key={view.id}>
          <Link to={`${view.path}${view.search}`}>{view.name}</Link>{' '}
          <span className="muted">
            ({pageLabel(view.path)}, gedeeld door {view.ownerDisplayName})
          </span>
        </li>
      ))}
    </ul>
  );
}
